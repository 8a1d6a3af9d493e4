import type { Prisma } from "@/generated/prisma/client";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Certificates expiring within this many days count as "expiring" on the dashboard. */
export const EXPIRING_WITHIN_DAYS = 30;

export const LEARNER_STATUSES = ["completed", "expiring", "overdue", "expired", "in-progress", "not-started"] as const;
export type TLearnerStatus = (typeof LEARNER_STATUSES)[number];

export const LEARNER_STATUS_LABELS: Record<TLearnerStatus, string> = {
  completed: "Completed",
  expiring: "Expiring in 30 days",
  overdue: "Overdue",
  expired: "Expired",
  "in-progress": "In progress",
  "not-started": "Not started",
};

export type TEnrolmentFacts = { dueAt: Date | null; validUntil: Date | null; lastActivityAt: Date | null };

/**
 * A learner's compliance status. Exactly one applies: a current certificate first (expiring when
 * within 30 days of lapsing), then overdue (past the due date without one), then expired, then
 * whether they have started.
 */
export function learnerStatus(e: TEnrolmentFacts, now: Date): TLearnerStatus {
  const soon = new Date(now.getTime() + EXPIRING_WITHIN_DAYS * DAY_MS);
  if (e.validUntil && e.validUntil > now) return e.validUntil > soon ? "completed" : "expiring";
  if (e.dueAt && e.dueAt < now) return "overdue";
  if (e.validUntil) return "expired";
  return e.lastActivityAt ? "in-progress" : "not-started";
}

/** The same rule as a database filter, so the dashboard counts and filters in the query. */
export function whereLearnerStatus(status: TLearnerStatus, now: Date): Prisma.EnrolmentWhereInput {
  const soon = new Date(now.getTime() + EXPIRING_WITHIN_DAYS * DAY_MS);
  const notCurrent: Prisma.EnrolmentWhereInput = { OR: [{ validUntil: null }, { validUntil: { lte: now } }] };
  const notOverdue: Prisma.EnrolmentWhereInput = { OR: [{ dueAt: null }, { dueAt: { gte: now } }] };
  switch (status) {
    case "completed":
      return { validUntil: { gt: soon } };
    case "expiring":
      return { validUntil: { gt: now, lte: soon } };
    case "overdue":
      return { AND: [notCurrent, { dueAt: { lt: now } }] };
    case "expired":
      return { AND: [{ validUntil: { lte: now } }, notOverdue] };
    case "in-progress":
      return { AND: [{ validUntil: null }, notOverdue, { lastActivityAt: { not: null } }] };
    case "not-started":
      return { AND: [{ validUntil: null }, notOverdue, { lastActivityAt: null }] };
  }
}
