import type { listLearners } from "@/lib/compliance/dashboard";
import { LEARNER_STATUSES, type TLearnerStatus } from "@/lib/enrolments/status";
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
  /** "3 days overdue", in the page's language, when daysOverdue is not 0. */
  overdue: string;
  hasCertificate: boolean;
};

/**
 * The words every row shares, sent once for the table (not once a row): column names for phones, the module dots'
 * words, and the statuses. Templates with placeholders ("Select {name}"), filled in the row (components/trainer/fill).
 */
export type TLearnerRowLabels = {
  select: string;
  name: string;
  status: string;
  modules: string;
  lastActivity: string;
  score: string;
  completed: string;
  validUntil: string;
  due: string;
  modulesPassed: string;
  moduleDot: string;
  moduleFallback: string;
  modulePassed: string;
  moduleAttempted: string;
  moduleNotAttempted: string;
  statuses: Record<TLearnerStatus, string>;
};

/** The row labels from the TrainerDashboard and TrainerStatus messages (`raw`: a message's text, unformatted). */
export function learnerRowLabels(
  raw: (key: string) => string,
  status: (s: TLearnerStatus) => string,
): TLearnerRowLabels {
  return {
    select: raw("selectPerson"),
    name: raw("name"),
    status: raw("status"),
    modules: raw("modules"),
    lastActivity: raw("lastActivity"),
    score: raw("score"),
    completed: raw("completed"),
    validUntil: raw("validUntil"),
    due: raw("due"),
    modulesPassed: raw("modulesPassed"),
    moduleDot: raw("moduleDot"),
    moduleFallback: raw("moduleFallback"),
    modulePassed: raw("modulePassed"),
    moduleAttempted: raw("moduleAttempted"),
    moduleNotAttempted: raw("moduleNotAttempted"),
    statuses: Object.fromEntries(LEARNER_STATUSES.map((s) => [s, status(s)])) as Record<TLearnerStatus, string>,
  };
}

/** How a row's dates and overdue days are written: UK English unless the page says otherwise. */
export type TRowWords = { locale?: string; daysOverdue?: (days: number) => string };

const overdueInEnglish = (days: number) => `${days} ${days === 1 ? "day" : "days"} overdue`;

const DAY_MS = 86_400_000;

export function toLearnerRowData(l: TListedLearner, now: Date, words: TRowWords = {}): TLearnerRowData {
  const day = (date: Date | null) => (date ? formatShortDate(date, { locale: words.locale }) : "–");
  const daysOverdue =
    l.status === "overdue" && l.dueAt ? Math.max(1, Math.floor((now.getTime() - l.dueAt.getTime()) / DAY_MS)) : 0;
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
    daysOverdue,
    overdue: daysOverdue ? (words.daysOverdue ?? overdueInEnglish)(daysOverdue) : "",
    hasCertificate: !!l.certificateNumber,
  };
}
