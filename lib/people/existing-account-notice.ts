import "server-only";
import { existingAccountEmail } from "../email/messages";
import { queueEmails, type TQueueClient } from "../email/send";

/** One kind for the invite form and the CSV import, so the once-a-day limit counts both. */
export const NOTICE_KIND = "invitation-existing-account";
const NOTICE_HOURS = 24;
const CHUNK = 500;

export type TAccountHolder = { id: string; email: string; name: string; organisationId: string };

/**
 * Tells account holders that someone tried to invite them or add them from a staff list, and how to sign
 * in: at most one such email a day to an account, so neither the invite form nor an import can flood an
 * inbox. Runs in the caller's transaction (the invitation's, or the import's); the caller delivers the
 * returned ids after commit. The email carries no link token: only the sign-in and forgot-password pages.
 */
export async function queueExistingAccountNotices(
  tx: TQueueClient,
  holders: TAccountHolder[],
  baseUrl: string,
  now = new Date(),
): Promise<string[]> {
  const unique = [...new Map(holders.map((h) => [h.id, h])).values()];
  const since = new Date(now.getTime() - NOTICE_HOURS * 3600_000);
  const toldToday = new Set<string>();
  for (let i = 0; i < unique.length; i += CHUNK) {
    const recent = await tx.emailMessage.findMany({
      where: {
        toUserId: { in: unique.slice(i, i + CHUNK).map((h) => h.id) },
        kind: NOTICE_KIND,
        createdAt: { gt: since },
      },
      select: { toUserId: true },
    });
    for (const r of recent) if (r.toUserId) toldToday.add(r.toUserId);
  }
  return queueEmails(
    tx,
    unique
      .filter((h) => !toldToday.has(h.id))
      .map((holder) => ({
        to: holder.email,
        toUserId: holder.id,
        organisationId: holder.organisationId,
        kind: NOTICE_KIND,
        write: (w) => existingAccountEmail(w, { name: holder.name, baseUrl }),
      })),
  );
}
