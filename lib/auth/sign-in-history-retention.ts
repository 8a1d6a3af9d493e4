import type { Prisma } from "@/generated/prisma/client";

/** How long a person's sign-in history is kept: long enough to notice a sign-in that was not them. */
export const SIGN_IN_HISTORY_DAYS = 90;

/** Deletes sign-ins older than SIGN_IN_HISTORY_DAYS, from everyone (run daily by the reminders job). */
export async function deleteOldSignIns(
  client: Pick<Prisma.TransactionClient, "signInEvent">,
  now = new Date(),
): Promise<number> {
  const before = new Date(now.getTime() - SIGN_IN_HISTORY_DAYS * 86_400_000);
  return (await client.signInEvent.deleteMany({ where: { createdAt: { lt: before } } })).count;
}
