import type { listLearners } from "@/lib/compliance/dashboard";
import type { TLearnerStatus } from "@/lib/enrolments/status";
import { formatShortDate } from "@/lib/format/dates";

export type TListedLearner = Awaited<ReturnType<typeof listLearners>>["learners"][number];

/**
 * A module's mark on a learner's row: "passed", their best score when attempted but not passed yet, or null when not
 * attempted. The row's dot and its words ("attempted, best 60%") are drawn from it.
 */
export type TModuleMark = "passed" | number | null;

/**
 * What one row of the learner table shows, in words already. The rows are drawn by a client component, so this is
 * all the page carries per person for the browser, instead of every element of the row (the table's markup then
 * appears once, in the HTML, not a second time in the page's React payload).
 */
export type TLearnerRowData = {
  id: string;
  name: string;
  /** The email, then the groups after a dot. */
  detail: string;
  status: TLearnerStatus;
  /** In course order. */
  modules: TModuleMark[];
  modulesPassed: number;
  lastActivity: string;
  score: string;
  completed: string;
  validUntil: string;
  due: string;
  /** Whole days past the due date while overdue (at least 1), else 0: the people a trainer chases first. */
  daysOverdue: number;
  hasCertificate: boolean;
};

const DAY_MS = 86_400_000;
const day = (date: Date | null) => (date ? formatShortDate(date) : "–");

export function toLearnerRowData(l: TListedLearner, now: Date): TLearnerRowData {
  return {
    id: l.user.id,
    name: l.user.name,
    detail: l.groups.length ? `${l.user.email} · ${l.groups.join(", ")}` : l.user.email,
    status: l.status,
    modules: l.modules.map((m) => (m.passed ? "passed" : m.bestScore)),
    modulesPassed: l.modulesPassed,
    lastActivity: day(l.lastActivityAt),
    score: l.scorePercent !== null ? `${l.scorePercent}%` : "–",
    completed: day(l.completedAt),
    validUntil: day(l.validUntil),
    due: day(l.dueAt),
    daysOverdue:
      l.status === "overdue" && l.dueAt ? Math.max(1, Math.floor((now.getTime() - l.dueAt.getTime()) / DAY_MS)) : 0,
    hasCertificate: !!l.certificateNumber,
  };
}
