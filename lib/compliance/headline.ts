import { EXPIRING_WITHIN_DAYS, type TLearnerStatus } from "../enrolments/status";

export type THeadlineFigures = {
  total: number;
  /** Everyone holding a valid certificate, including those whose certificate expires soon. */
  completed: number;
  /** Of the completed, those whose certificate expires within `expiringWithinDays`. */
  expiringSoon: number;
  expiringWithinDays: number;
  inProgress: number;
  notStarted: number;
  overdue: number;
  expired: number;
  /** The share of people who have completed, rounded down (99.6% is not 100%). */
  completionPercent: number;
};

/**
 * The headline figures the dashboard and the evidence pack both show, from the count of people in each status.
 * Both call this one function, so they cannot disagree. A certificate that is still valid counts as completed
 * even when it expires soon: the person is trained today. Those expiring soon are also given apart, for the
 * trainer to chase.
 */
export function headlineFigures(byStatus: Record<TLearnerStatus, number>): THeadlineFigures {
  const total = Object.values(byStatus).reduce((a, b) => a + b, 0);
  const completed = byStatus.completed + byStatus.expiring;
  return {
    total,
    completed,
    expiringSoon: byStatus.expiring,
    expiringWithinDays: EXPIRING_WITHIN_DAYS,
    inProgress: byStatus["in-progress"],
    notStarted: byStatus["not-started"],
    overdue: byStatus.overdue,
    expired: byStatus.expired,
    completionPercent: total ? Math.floor((completed * 100) / total) : 0,
  };
}

/** "of whom 2 expire within 30 days": the line under the completed figure, on the dashboard and in the pack. */
export function describeExpiringSoon(h: Pick<THeadlineFigures, "expiringSoon" | "expiringWithinDays">): string {
  return `of whom ${h.expiringSoon} ${h.expiringSoon === 1 ? "expires" : "expire"} within ${h.expiringWithinDays} days`;
}
