import "server-only";
import { db } from "../db/client";
import { signInPausedEmail } from "../email/messages";
import { deliverEmails, queueEmail } from "../email/send";
import { publicBaseUrl } from "../env";
import { SIGN_IN_LIMITS } from "./rate-limit";
import { accountFailures } from "./sign-in-attempts";

export const LOCK_NOTICE_KIND = "account-locked";

/**
 * Tells the owner of an account when failed sign-ins have paused it, once per pause: anyone who knows an
 * address can cause a pause, so the owner should hear of it and know that a password reset ends it.
 * Runs after the sign-in answer has gone, so the answer takes the same time whether or not the account exists.
 * Returns the queued message's id, or null when no notice was due.
 */
export async function noticeAccountLock(email: string, now = new Date()): Promise<string | null> {
  if ((await accountFailures(email, now)) < SIGN_IN_LIMITS.perAccount) return null;
  const user = await db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, name: true, email: true, active: true, organisationId: true },
  });
  if (!user?.active) return null;
  const since = new Date(now.getTime() - SIGN_IN_LIMITS.windowMinutes * 60_000);
  const emailId = await db.$transaction(async (tx) => {
    const already = await tx.emailMessage.count({
      where: { toUserId: user.id, kind: LOCK_NOTICE_KIND, createdAt: { gt: since } },
    });
    if (already) return null;
    return queueEmail(tx, {
      to: user.email,
      toUserId: user.id,
      organisationId: user.organisationId,
      kind: LOCK_NOTICE_KIND,
      write: (w) =>
        signInPausedEmail(w, {
          name: user.name,
          failures: SIGN_IN_LIMITS.perAccount,
          minutes: SIGN_IN_LIMITS.windowMinutes,
          forgotPasswordLink: `${publicBaseUrl()}/forgot-password`,
        }),
    });
  });
  if (emailId) await deliverEmails([emailId]);
  return emailId;
}
