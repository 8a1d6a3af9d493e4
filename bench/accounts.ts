// Who the load generator acts as, picked from the seeded database (read-only, beside the server).
import { ADMIN_EMAIL, BENCH_ORG_SLUG_PREFIX, BIG_ORG_TRAINER_EMAIL } from "./config";
import type { TBenchReader } from "./database";

export type TAccount = { id: string; email: string };

/** Learners in a given state, spread over the organisations (ordered by the random part of their id: the same each run). */
function learners(reader: TBenchReader, where: string, limit: number, skip: number): Promise<TAccount[]> {
  return reader.all<TAccount>(
    `SELECT u."id", u."email" FROM "User" u JOIN "Enrolment" e ON e."userId" = u."id" WHERE u."role" = 'LEARNER' AND e."validUntil" IS NULL AND e."dueAt" > ? AND ${where} ORDER BY substr(u."id", 14) LIMIT ? OFFSET ?`,
    [new Date(), limit, skip],
  );
}

export async function pickAccounts(reader: TBenchReader) {
  const [bigOrg] = await reader.all<{ id: string }>(`SELECT "id" FROM "Organisation" WHERE "slug" = ?`, [
    `${BENCH_ORG_SLUG_PREFIX}00`,
  ]);
  if (!bigOrg) throw new Error("the benchmark database has no benchmark organisations: run without --no-seed");
  return {
    /** Learners part-way through the course read lessons. */
    readers: await learners(reader, `e."lastActivityAt" IS NOT NULL`, 50, 0),
    /** Learners who have not started take quizzes from the first module on. */
    quizTakers: await learners(reader, `e."lastActivityAt" IS NULL`, 50, 0),
    trainerEmail: BIG_ORG_TRAINER_EMAIL,
    adminEmail: ADMIN_EMAIL,
    bigOrganisationId: bigOrg.id,
    organisationIds: (await reader.all<{ id: string }>(`SELECT "id" FROM "Organisation" ORDER BY "slug"`)).map(
      (r) => r.id,
    ),
    /** People of the big organisation with a current certificate, for the PDFs. */
    certificateHolders: await reader.all<{ id: string; number: string }>(
      `SELECT "userId" AS "id", "certificateNumber" AS "number" FROM "Enrolment" WHERE "organisationId" = ? AND "certificateNumber" IS NOT NULL ORDER BY "userId" LIMIT 500`,
      [bigOrg.id],
    ),
  };
}

export type TAccounts = Awaited<ReturnType<typeof pickAccounts>>;

/** Every stored attempt id of these learners: counted after the submission test. */
export async function storedAttemptIds(reader: TBenchReader, userIds: string[]): Promise<string[]> {
  const rows = await reader.all<{ id: string }>(
    `SELECT "id" FROM "QuizAttempt" WHERE "userId" IN (${userIds.map(() => "?").join(",")})`,
    userIds,
  );
  return rows.map((r) => r.id);
}
