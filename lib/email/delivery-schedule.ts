// When to try again after a delivery attempt fails: quickly at first (a server restarting), then less
// often, up to a cap. After MAX_DELIVERY_ATTEMPTS the message is marked failed and stays on record.

/** Minutes to wait after the nth failed attempt (1-based); the last value repeats. */
export const RETRY_MINUTES = [1, 5, 15, 60, 240, 720] as const;
export const MAX_DELIVERY_ATTEMPTS = 8;
/** How long a runner may hold a message while sending it before another may take it over. */
export const SENDING_LEASE_MINUTES = 5;

export function nextAttemptAt(failedAttempts: number, now: Date): Date {
  const index = Math.min(Math.max(failedAttempts, 1), RETRY_MINUTES.length) - 1;
  return new Date(now.getTime() + RETRY_MINUTES[index]! * 60_000);
}

export function hasAttemptsLeft(attempts: number): boolean {
  return attempts < MAX_DELIVERY_ATTEMPTS;
}
