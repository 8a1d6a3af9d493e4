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

/**
 * Signing out: ends the person's sessions everywhere, as long as the one signing out is still current (a copy of a
 * cookie must stop working too, and a stateless token cannot be revoked on its own).
 */
export async function endSessionsOnSignOut(userId: string, sessionVersion: number): Promise<void> {
  await db.user.updateMany({ where: { id: userId, sessionVersion }, data: { sessionVersion: { increment: 1 } } });
}
