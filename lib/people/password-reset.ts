import "server-only";
import { endSessions } from "../auth/end-sessions";
import { keyedHash } from "../auth/keyed-hash";
import { hashPassword } from "../auth/password";
import { clearAccountFailures } from "../auth/sign-in-attempts";
import { takeThrottle } from "../auth/throttle";
import { db } from "../db/client";
import { failure, type TResult } from "../errors";
import { sendResetLink } from "./reset-link";
import { hashLinkToken, isWellFormedLinkToken } from "./tokens";
import { signsInWithSsoOnly, SSO_ONLY_SELECT } from "../auth/sso/password-rule";

/** Reset requests per network address, and reset emails per account, in their windows. */
export const RESET_LIMITS = {
  perAddress: { max: 10, windowMinutes: 15 },
  perAccount: { max: 3, windowMinutes: 60 },
} as const;

/**
 * Emails a password reset link if an active account has this address. The caller tells the person the
 * same thing either way and runs this after answering (next/server `after`), so neither the answer nor
 * its timing reveals whether an email is registered. Throttled per requesting address and per account:
 * beyond the limits nothing is sent, silently.
 */
export async function requestPasswordReset(
  email: string,
  baseUrl: string,
  request: { address: string },
): Promise<void> {
  if (
    !(await takeThrottle(
      "password-reset:address",
      keyedHash("address", request.address || "unknown"),
      RESET_LIMITS.perAddress,
    ))
  )
    return;
  const user = await db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: {
      id: true,
      name: true,
      email: true,
      active: true,
      organisationId: true,
      ...SSO_ONLY_SELECT,
    },
  });
  if (!user?.active) return;
  // Their organisation signs them in with its own accounts: no password to reset (administrators keep one).
  if (signsInWithSsoOnly(user)) return;
  if (!(await takeThrottle("password-reset:account", keyedHash("user", user.id), RESET_LIMITS.perAccount))) return;
  await sendResetLink(user, baseUrl);
}

export async function isResetTokenUsable(token: string, now = new Date()): Promise<boolean> {
  if (!isWellFormedLinkToken(token)) return false;
  const row = await db.passwordReset.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: {
      usedAt: true,
      expiresAt: true,
      user: { select: { active: true, ...SSO_ONLY_SELECT } },
    },
  });
  return !!row && !row.usedAt && row.expiresAt > now && row.user.active && !signsInWithSsoOnly(row.user);
}

/**
 * Sets a new password from a reset link; the link then stops working, as do any others outstanding. Every
 * session the person had ends (whoever knew the old password may have one), and failed sign-ins against the
 * account are forgotten, so a pause someone else caused does not outlast the owner's reset.
 */
export async function resetPassword(token: string, password: string): Promise<TResult<{ email: string }>> {
  if (!(await isResetTokenUsable(token))) return failure("RESET_LINK_EXPIRED");
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const reset = await tx.passwordReset.findUniqueOrThrow({
      where: { tokenHash: hashLinkToken(token) },
      select: { id: true, userId: true, user: { select: { email: true } } },
    });
    const claimed = await tx.passwordReset.updateMany({
      where: { id: reset.id, usedAt: null },
      data: { usedAt: new Date() },
    });
    if (claimed.count !== 1) return failure("RESET_LINK_USED");
    await tx.user.update({ where: { id: reset.userId }, data: { passwordHash } });
    await endSessions(tx, reset.userId);
    await clearAccountFailures(tx, reset.user.email);
    await tx.passwordReset.updateMany({ where: { userId: reset.userId, usedAt: null }, data: { usedAt: new Date() } });
    return { ok: true as const, email: reset.user.email };
  });
}
