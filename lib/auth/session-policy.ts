/** How long a session lasts from sign-in, however often it is used: a working day and a bit. */
export const SESSION_HOURS = 12;
export const SESSION_SECONDS = SESSION_HOURS * 60 * 60;

export type TSessionClaims = { sessionVersion?: unknown; authTime?: unknown };

/**
 * Whether a session token still stands: issued since the person's sessions were last ended (sign-out,
 * password reset, deactivation, a change of role, "sign out of all devices") and within SESSION_HOURS of
 * the sign-in that made it, however often it has been renewed since. Pure, so the rule is tested on its own.
 */
export function isSessionCurrent(claims: TSessionClaims, userSessionVersion: number, nowSeconds: number): boolean {
  if (typeof claims.sessionVersion !== "number" || claims.sessionVersion !== userSessionVersion) return false;
  if (typeof claims.authTime !== "number" || !Number.isFinite(claims.authTime)) return false;
  const age = nowSeconds - claims.authTime;
  return age >= -60 && age < SESSION_SECONDS;
}
