import type { Prisma } from "@/generated/prisma/client";

/** Previews (names and emails of a whole staff list) are kept no longer than this, applied or not. */
export const IMPORT_PREVIEW_KEEP_HOURS = 24;

/**
 * Deletes import previews older than a day, from every organisation: a preview is needed for an hour at most
 * (applying an older one is refused), after which it is personal data with no use. The audit log keeps what
 * each one found. Run by every new preview and by the daily reminders job. Returns how many were deleted.
 */
export async function deleteStaleImportPreviews(
  client: Pick<Prisma.TransactionClient, "importBatch">,
  now = new Date(),
): Promise<number> {
  const before = new Date(now.getTime() - IMPORT_PREVIEW_KEEP_HOURS * 3600_000);
  return (await client.importBatch.deleteMany({ where: { createdAt: { lt: before } } })).count;
}
