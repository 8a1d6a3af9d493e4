/** Failed sign-ins allowed per account, and per network address, in the window. */
export const SIGN_IN_LIMITS = { perAccount: 5, perAddress: 20, windowMinutes: 15 } as const;

export type TAttempt = { succeeded: boolean; createdAt: Date };

/**
 * Whether a key (an account or an address) has used up its failures: those in the window since its
 * last successful sign-in. Pure, so the rule is tested apart from the database.
 */
export function isLimited(
  attempts: TAttempt[],
  limit: number,
  now: Date,
  windowMinutes: number = SIGN_IN_LIMITS.windowMinutes,
): boolean {
  return countedFailures(attempts, now, windowMinutes) >= limit;
}

/** The failures that count against a key now: those in the window since its last successful sign-in. */
export function countedFailures(
  attempts: TAttempt[],
  now: Date,
  windowMinutes: number = SIGN_IN_LIMITS.windowMinutes,
): number {
  const windowStart = now.getTime() - windowMinutes * 60_000;
  const lastSuccess = Math.max(0, ...attempts.filter((a) => a.succeeded).map((a) => a.createdAt.getTime()));
  return attempts.filter((a) => !a.succeeded && a.createdAt.getTime() > Math.max(windowStart, lastSuccess)).length;
}
