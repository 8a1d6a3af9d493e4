import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { TActor } from "../auth/current-user";
import { findLessonById, type TCourse } from "../course";
import { db } from "../db/client";
import { databaseProvider } from "../db/provider";
import { getEnv } from "../env";
import { AppError } from "../errors";
import { managedOrganisationId, trainerGroupIds } from "../people/scope";
import { summariseItems, type TQuestionTotals, type TWrongChoice } from "./item-stats";

const onPostgres = databaseProvider(getEnv().DATABASE_URL) === "postgresql";

/** Whose answers count: an organisation (or, for administrators, every organisation), a group, and the trainer's own limits. */
export type TItemScope = { organisationId?: string | "all"; groupId?: string };

/**
 * The attempts an actor may analyse, as SQL on "QuizAttempt" a: the same people they may see on the dashboard
 * (administrators: everyone in the organisation, or everyone; trainers: its learners, within their groups).
 */
async function attemptScope(
  actor: TActor,
  course: TCourse,
  scope: TItemScope,
): Promise<{ sql: Prisma.Sql; organisationId: string | null }> {
  if (actor.role !== "ADMIN" && actor.role !== "TRAINER")
    throw new AppError("ROLE_REQUIRED", { holders: "staff", action: "see-question-analysis" });
  const organisationId =
    actor.role === "ADMIN" && scope.organisationId === "all"
      ? null
      : managedOrganisationId(actor, scope.organisationId);
  const limit = await trainerGroupIds(actor);
  // Active people only, as on the dashboard.
  const user: Prisma.Sql[] = [Prisma.sql`u."active" = true`];
  if (organisationId) user.push(Prisma.sql`u."organisationId" = ${organisationId}`);
  if (actor.role === "TRAINER") user.push(Prisma.sql`u."role" = 'LEARNER'`);
  if (limit)
    user.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "GroupMembership" lm WHERE lm."userId" = u."id" AND lm."groupId" IN (${Prisma.join(limit)}))`,
    );
  if (scope.groupId)
    user.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "GroupMembership" gm WHERE gm."userId" = u."id" AND gm."groupId" = ${scope.groupId})`,
    );
  // Only answers to the current content version: an earlier version's question may have had other options.
  const conditions = [
    Prisma.sql`a."courseId" = ${course.id}`,
    Prisma.sql`a."courseVersion" = ${course.version}`,
    Prisma.sql`a."userId" IN (SELECT u."id" FROM "User" u WHERE ${Prisma.join(user, " AND ")})`,
  ];
  return { sql: Prisma.join(conditions, " AND "), organisationId };
}

// Each attempt stores its answers as JSON ({ questionId: { selected, correct } }); the database unpacks and counts
// them, so no attempt is loaded into memory however many there are (300,000 in the benchmark's data).
const answersJoin = onPostgres
  ? Prisma.sql`CROSS JOIN LATERAL jsonb_each(a."answers") AS j("key", "value")`
  : Prisma.sql`, json_each(a."answers") AS j`;
const isCorrect = onPostgres
  ? Prisma.sql`(j."value"->>'correct')::boolean`
  : Prisma.sql`json_extract(j."value", '$.correct') = 1`;
const selectedJson = onPostgres
  ? Prisma.sql`(j."value"->'selected')::text`
  : Prisma.sql`json_extract(j."value", '$.selected')`;

/**
 * For each question of the course: how many answered it, the share who got it right, the wrong answer chosen most
 * and the lesson to revisit; and the hardest questions overall. Counts every attempt at the current content version,
 * first tries and retakes alike, of active people.
 */
export async function getItemAnalysis(actor: TActor, course: TCourse, scope: TItemScope) {
  const { sql: where, organisationId } = await attemptScope(actor, course, scope);
  const [totals, wrong] = await Promise.all([
    db.$queryRaw<
      {
        moduleId: string;
        questionId: string;
        answered: number | bigint;
        people: number | bigint;
        correct: number | bigint | null;
      }[]
    >`
      SELECT a."moduleId" AS "moduleId", j."key" AS "questionId", COUNT(*) AS "answered", COUNT(DISTINCT a."userId") AS "people",
             SUM(CASE WHEN ${isCorrect} THEN 1 ELSE 0 END) AS "correct"
      FROM "QuizAttempt" a ${answersJoin}
      WHERE ${where}
      GROUP BY a."moduleId", j."key"`,
    db.$queryRaw<{ questionId: string; selected: string; count: number | bigint }[]>`
      SELECT j."key" AS "questionId", ${selectedJson} AS "selected", COUNT(*) AS "count"
      FROM "QuizAttempt" a ${answersJoin}
      WHERE ${where} AND NOT (${isCorrect})
      GROUP BY j."key", ${selectedJson}`,
  ]);
  const totalRows: TQuestionTotals[] = totals.map((t) => ({
    moduleId: t.moduleId,
    questionId: t.questionId,
    answered: Number(t.answered),
    people: Number(t.people),
    correct: Number(t.correct ?? 0),
  }));
  const wrongRows: TWrongChoice[] = wrong.map((w) => ({
    questionId: w.questionId,
    selected: parseSelected(w.selected),
    count: Number(w.count),
  }));
  return {
    organisationId,
    ...summariseItems(course.modules, totalRows, wrongRows, (lessonId) => findLessonById(course, lessonId)),
  };
}

function parseSelected(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  } catch {
    return [];
  }
}
