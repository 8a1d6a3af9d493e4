// A learner's Enrolment row from the records it summarises: the same rules as
// lib/enrolments/refresh.ts (checked against it on a sample after seeding, see seed-check.ts).
import { currentCycle } from "../lib/certificates/renewal";
import type { TCertificateRow, TCompletionRow, TEnrolmentRow, TProgressRow, TViewRow } from "./seed-rows";

const DAY_MS = 24 * 60 * 60 * 1000;

export function summariseEnrolment(
  base: Pick<TEnrolmentRow, "id" | "userId" | "organisationId" | "dueAt" | "assignedAt" | "assignedById">,
  records: {
    views: TViewRow[];
    progress: TProgressRow[];
    completion: TCompletionRow | null;
    certificate: TCertificateRow | null;
  },
  now: number,
): TEnrolmentRow {
  const { views, progress, completion, certificate } = records;
  const latest = completion
    ? { completedAt: new Date(completion.completedAt), expiresAt: new Date(completion.expiresAt), cycleKey: "initial" }
    : null;
  const cycleStart = currentCycle(latest, new Date(now)).start.getTime();
  const activity = [...views.map((v) => v.lastViewedAt), ...progress.map((p) => p.lastActivityAt)];
  return {
    ...base,
    modulesPassed: progress.filter((p) => p.lastPassedAt !== null && p.lastPassedAt >= cycleStart).length,
    lastActivityAt: activity.length ? Math.max(...activity) : null,
    completedAt: certificate?.completedAt ?? null,
    validUntil: certificate ? certificate.expiresAt + certificate.graceDays * DAY_MS : null,
    certificateNumber: certificate?.number ?? null,
    scorePercent: certificate?.scorePercent ?? null,
  };
}
