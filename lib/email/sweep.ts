import "server-only";
import { db } from "../db/client";
import { redactSingleUseLinks } from "./single-use-links";

/**
 * Drops sealed copies of links that have expired, and scrubs links from messages stored in plain text before
 * links were sealed (such a link may still work: it is redacted, and the person can be sent a new one).
 * Run at the start of every delivery run and reminders run; readers also treat an expired seal as gone.
 */
export async function sweepStoredLinks(now = new Date()): Promise<{ expired: number; scrubbed: number }> {
  const expired = await db.emailMessage.updateMany({
    where: { sealedText: { not: null }, linkExpiresAt: { lte: now } },
    data: { sealedText: null },
  });
  const legacy = await db.emailMessage.findMany({
    where: { OR: [{ text: { contains: "/invite/" } }, { text: { contains: "/reset-password/" } }] },
    select: { id: true, text: true },
  });
  let scrubbed = 0;
  for (const row of legacy) {
    const text = redactSingleUseLinks(row.text);
    if (text === row.text) continue;
    await db.emailMessage.update({ where: { id: row.id }, data: { text } });
    scrubbed += 1;
  }
  return { expired: expired.count, scrubbed };
}
