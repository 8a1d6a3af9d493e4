import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { currentCycle } from "../certificates/renewal";
import { inIdBatches } from "../db/in-batches";
import { getModuleStandings, type TModuleRecord, type TModuleStanding } from "./standing";

type TReader = Pick<Prisma.TransactionClient, "$queryRaw">;

type TCompletionRow = { userId: string; completedAt: Date; expiresAt: Date; cycleKey: string };
type TRecordRow = TModuleRecord & { userId: string };

/**
 * Each learner's modules as they stand now in that learner's own current cycle (see getModuleStandings),
 * for many learners at once (a page of the dashboard, a chunk of the export): two queries per 500 people.
 * Computed when read, because a cycle turns over with time (the renewal window opening), not with a
 * write. Learners without records get every module not started.
 *
 * Raw SQL, for SQLite and PostgreSQL alike: a chunk of the export reads ~20,000 module records, and building them
 * through Prisma's model queries cost half of the whole export's time (BENCHMARKS.md).
 */
export async function findModuleStandings(
  reader: TReader,
  course: { id: string; modules: readonly { id: string }[] },
  userIds: readonly string[],
  now: Date,
): Promise<Map<string, TModuleStanding[]>> {
  if (!userIds.length) return new Map();
  const ids = [...new Set(userIds)];
  // A batch at a time (inIdBatches): SQLite takes at most 999 parameters a statement, and a chunk of the export has
  // 1,000 people.
  const [completions, records] = await Promise.all([
    inIdBatches(
      ids,
      (batch) => reader.$queryRaw<TCompletionRow[]>`
        SELECT "userId", "completedAt", "expiresAt", "cycleKey" FROM "Completion"
        WHERE "courseId" = ${course.id} AND "userId" IN (${batch})`,
    ),
    inIdBatches(
      ids,
      (batch) => reader.$queryRaw<TRecordRow[]>`
        SELECT "userId", "moduleId", "bestScore", "attemptCount", "lastPassedAt", "lastActivityAt"
        FROM "ModuleProgress" WHERE "courseId" = ${course.id} AND "userId" IN (${batch})`,
    ),
  ]);
  const latest = new Map<string, TCompletionRow>();
  // The latest completion decides the cycle, as findLatestCompletion.
  for (const c of completions) {
    const seen = latest.get(c.userId);
    if (!seen || c.completedAt > seen.completedAt) latest.set(c.userId, c);
  }
  const recordsOf = new Map<string, TRecordRow[]>();
  for (const r of records) {
    const list = recordsOf.get(r.userId);
    if (list) list.push(r);
    else recordsOf.set(r.userId, [r]);
  }
  const moduleIds = course.modules.map((m) => m.id);
  return new Map(
    ids.map((id) => [
      id,
      getModuleStandings(moduleIds, recordsOf.get(id) ?? [], currentCycle(latest.get(id) ?? null, now).start),
    ]),
  );
}
