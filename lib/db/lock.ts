import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { getEnv } from "../env";
import { databaseProvider } from "./provider";

const onPostgres = databaseProvider(getEnv().DATABASE_URL) === "postgresql";

/**
 * Makes a learner's record-changing transactions run one at a time, whichever instance runs them. Call it first in
 * the transaction. Without it, on PostgreSQL two quiz passes at the same moment each see only their own module
 * passed, and the course is never completed (or, the other way round, a summary is written from stale reads).
 * SQLite already runs one transaction at a time, across processes too (each takes the write lock as it begins: see
 * lib/db/create-client.ts); on PostgreSQL this takes a row lock on the learner's User row,
 * which waits for any other such transaction to commit and is released by this one's commit or rollback.
 */
export async function lockLearner(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  if (onPostgres) await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${userId} FOR UPDATE`;
}
