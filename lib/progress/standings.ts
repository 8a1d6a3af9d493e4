import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { currentCycle } from "../certificates/renewal";
import { getModuleStandings, type TModuleStanding } from "./standing";

type TReader = Pick<Prisma.TransactionClient, "completion" | "moduleProgress">;
const ID_BATCH = 500;

/**
 * Each learner's modules as they stand now in that learner's own current cycle (see getModuleStandings),
 * for many learners at once (a page of the dashboard, a chunk of the export): two queries per 500 people.
 * Computed when read, because a cycle turns over with time (the renewal window opening), not with a
 * write. Learners without records get every module not started.
 */
export async function findModuleStandings(
  reader: TReader,
  course: { id: string; modules: readonly { id: string }[] },
  userIds: readonly string[],
  now: Date,
): Promise<Map<string, TModuleStanding[]>> {
  if (!userIds.length) return new Map();
  const ids = [...new Set(userIds)];
  const completions = [];
  const records = [];
  // A batch at a time: SQLite takes at most 999 parameters a statement, and a chunk of the export has 1,000 people.
  for (let i = 0; i < ids.length; i += ID_BATCH) {
    const batch = ids.slice(i, i + ID_BATCH);
    const [c, r] = await Promise.all([
      reader.completion.findMany({
        where: { courseId: course.id, userId: { in: batch } },
        select: { userId: true, completedAt: true, expiresAt: true, cycleKey: true },
      }),
      reader.moduleProgress.findMany({
        where: { courseId: course.id, userId: { in: batch } },
        select: {
          userId: true,
          moduleId: true,
          bestScore: true,
          attemptCount: true,
          lastPassedAt: true,
          lastActivityAt: true,
        },
      }),
    ]);
    completions.push(...c);
    records.push(...r);
  }
  const latest = new Map<string, (typeof completions)[number]>();
  // The latest completion decides the cycle, as findLatestCompletion.
  for (const c of completions) {
    const seen = latest.get(c.userId);
    if (!seen || c.completedAt > seen.completedAt) latest.set(c.userId, c);
  }
  const recordsOf = new Map<string, (typeof records)[number][]>();
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
