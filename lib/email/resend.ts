import "server-only";
import { recordAudit } from "../audit/record";
import type { TActor } from "../auth/current-user";
import { db } from "../db/client";
import { getAuthSecret } from "../env";
import { failure, type TResult } from "../errors";
import { readableText } from "./readable-text";
import { RESENDABLE_STATUSES, resendRefusal } from "./resend-rules";
import { deliverEmails, type TDeliveryOptions } from "./send";

/** What became of the message: sent, still held (no email server), waiting to retry, failed, or taken by another run. */
export type TResendOutcome = "sent" | "held" | "retrying" | "failed" | "queued";

/**
 * Sends a held or failed email again, administrators only: it is put back in the queue as new (attempts and
 * error cleared), audited, then delivered at once through the ordinary sending code, so its single-use link is
 * opened and sent only if it is still live. Without an email server it is held in the outbox again, and the
 * outcome says so.
 */
export async function resendEmail(
  actor: TActor,
  emailId: string,
  options: TDeliveryOptions = {},
  now = new Date(),
): Promise<TResult<{ outcome: TResendOutcome; to: string }>> {
  if (actor.role !== "ADMIN") return failure("ROLE_REQUIRED", { holders: "admin", action: "resend-emails" });
  const queued = await db.$transaction(async (tx) => {
    const message = await tx.emailMessage.findUnique({
      where: { id: emailId },
      select: {
        id: true,
        status: true,
        toEmail: true,
        kind: true,
        text: true,
        sealedText: true,
        linkExpiresAt: true,
        organisationId: true,
      },
    });
    if (!message) return failure("EMAIL_NOT_FOUND");
    const { linkLive } = readableText(message, getAuthSecret(), now);
    const refusal = resendRefusal({ ...message, linkLive });
    if (refusal) return failure(refusal);
    // Conditional on the status still being one it may leave, so a delivery run that took it meanwhile wins.
    const claimed = await tx.emailMessage.updateMany({
      where: { id: message.id, status: { in: [...RESENDABLE_STATUSES] } },
      data: { status: "PENDING", attempts: 0, nextAttemptAt: null, error: null },
    });
    if (claimed.count !== 1) return failure("EMAIL_BEING_SENT");
    // The recipient is named through the email's id, not copied here, so erasing them later leaves nothing behind.
    await recordAudit(tx, actor, {
      action: "email.resend",
      organisationId: message.organisationId,
      targetType: "email",
      targetId: message.id,
      details: { kind: message.kind },
    });
    return { ok: true as const, to: message.toEmail };
  });
  if (!queued.ok) return queued;
  const result = await deliverEmails([emailId], options);
  const outcome: TResendOutcome = result.sent
    ? "sent"
    : result.held
      ? "held"
      : result.retrying
        ? "retrying"
        : result.failed
          ? "failed"
          : "queued";
  return { ok: true, outcome, to: queued.to };
}
