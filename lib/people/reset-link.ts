import "server-only";
import { db } from "../db/client";
import { passwordResetEmail } from "../email/messages";
import { deliverEmails, queueEmail } from "../email/send";
import { createLinkToken } from "./tokens";

const RESET_MINUTES = 60;

/** Emails the person a single-use link to choose a new password: for their own request and an administrator's. */
export async function sendResetLink(
  user: { id: string; name: string; email: string; organisationId: string },
  baseUrl: string,
): Promise<void> {
  const { token, tokenHash } = createLinkToken();
  const expiresAt = new Date(Date.now() + RESET_MINUTES * 60_000);
  const emailId = await db.$transaction(async (tx) => {
    await tx.passwordReset.create({ data: { userId: user.id, tokenHash, expiresAt } });
    return queueEmail(tx, {
      to: user.email,
      toUserId: user.id,
      organisationId: user.organisationId,
      kind: "password-reset",
      linkExpiresAt: expiresAt,
      write: (w) =>
        passwordResetEmail(w, { name: user.name, link: `${baseUrl}/reset-password/${token}`, minutes: RESET_MINUTES }),
    });
  });
  await deliverEmails([emailId]);
}
