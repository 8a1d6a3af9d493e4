import { RENEWAL_WINDOW_DAYS } from "./renewal";

const DAY_MS = 24 * 60 * 60 * 1000;

export type TCertificateStatus = "valid" | "expiring-soon" | "expired" | "superseded" | "revoked";

export type TStatusInput = {
  expiresAt: Date;
  graceDays: number;
  revokedAt: Date | null;
  /** Whether a newer, unrevoked certificate for the same course has been issued to the same person. */
  superseded: boolean;
};

export type TStatusResult = { status: TCertificateStatus; inGracePeriod: boolean; validUntil: Date };

/**
 * A certificate's status. Revocation wins, then supersession; otherwise the stored expiry decides
 * (never the current policy, so changing the policy later does not change issued certificates).
 */
export function certificateStatus(c: TStatusInput, now: Date): TStatusResult {
  const validUntil = new Date(c.expiresAt.getTime() + c.graceDays * DAY_MS);
  const inGracePeriod = now >= c.expiresAt && now < validUntil;
  if (c.revokedAt) return { status: "revoked", inGracePeriod: false, validUntil };
  if (c.superseded) return { status: "superseded", inGracePeriod: false, validUntil };
  if (now >= validUntil) return { status: "expired", inGracePeriod: false, validUntil };
  if (inGracePeriod || now.getTime() >= c.expiresAt.getTime() - RENEWAL_WINDOW_DAYS * DAY_MS)
    return { status: "expiring-soon", inGracePeriod, validUntil };
  return { status: "valid", inGracePeriod: false, validUntil };
}
