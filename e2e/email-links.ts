import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { readableText } from "../lib/email/readable-text";
import { E2E_SECRET } from "./env";

/**
 * A queued email's text as the admin outbox shows it: in full (its sealed copy opened with the server's
 * secret) while its single-use link is live. The stored `text` never holds the link.
 */
export async function liveEmailText(db: PrismaClient, where: Prisma.EmailMessageWhereInput): Promise<string> {
  const message = await db.emailMessage.findFirstOrThrow({
    where,
    orderBy: { createdAt: "desc" },
    select: { text: true, sealedText: true, linkExpiresAt: true },
  });
  return readableText(message, E2E_SECRET).text;
}

/** The path of the first link to `path` (e.g. "/invite") in an email's text. */
export function linkIn(text: string, path: string): string {
  const match = new RegExp(`https?://[^\\s]+${path}/[A-Za-z0-9_-]+`).exec(text);
  if (!match) throw new Error(`no ${path} link in: ${text}`);
  return new URL(match[0]).pathname;
}

/**
 * A network address of this test's own (sent as X-Forwarded-For, which the server reads with no proxy
 * configured), so the per-address limit on password reset requests counts only this test's requests.
 */
export function ownClientAddress(): Record<string, string> {
  const byte = () => Math.floor(Math.random() * 254) + 1;
  return { "x-forwarded-for": `10.${byte()}.${byte()}.${byte()}` };
}
