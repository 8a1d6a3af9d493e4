import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "../db/client";

/**
 * Ends every session the person has, on every device: each session token carries the version it was
 * issued under, and getCurrentUser refuses a token whose version is no longer the person's.
 */
export async function endSessions(tx: Pick<Prisma.TransactionClient, "user">, userId: string): Promise<void> {
  await tx.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

/** "Sign out of all devices": the person ends their own sessions everywhere, this one included. */
export async function endOwnSessions(actor: { id: string }): Promise<void> {
  await endSessions(db, actor.id);
}
