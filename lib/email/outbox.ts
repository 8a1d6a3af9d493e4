import "server-only";
import type { TActor } from "../auth/current-user";
import { db } from "../db/client";
import { getAuthSecret } from "../env";
import { AppError } from "../errors";
import { readableText } from "./readable-text";
import { resendRefusal } from "./resend-rules";
import { firstSingleUseLink } from "./single-use-links";

/**
 * The latest emails, administrators only. A message whose single-use link is still live shows in full (its
 * sealed copy opened), so the link can be passed on when there is no email server; once sent or expired,
 * the stored text shows only a marker where the link was. `link` is that live link (for "Copy link"), and
 * `resendRefusal` why the message may not be sent again (null when it may).
 */
export async function listRecentEmails(actor: TActor, take = 100, now = new Date()) {
  if (actor.role !== "ADMIN") throw new AppError("ROLE_REQUIRED", { holders: "admin", action: "read-outbox" });
  const rows = await db.emailMessage.findMany({
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true,
      toEmail: true,
      kind: true,
      subject: true,
      text: true,
      sealedText: true,
      linkExpiresAt: true,
      status: true,
      error: true,
      createdAt: true,
      sentAt: true,
    },
  });
  const secret = getAuthSecret();
  return rows.map(({ sealedText, linkExpiresAt, ...row }) => {
    const readable = readableText({ text: row.text, sealedText, linkExpiresAt }, secret, now);
    return {
      ...row,
      text: readable.text,
      linkLive: readable.linkLive,
      linkExpiresAt,
      link: readable.linkLive ? firstSingleUseLink(readable.text) : null,
      resendRefusal: resendRefusal({ ...row, linkLive: readable.linkLive }),
    };
  });
}
