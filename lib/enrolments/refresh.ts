import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { latestCompletionSql, type TLatestCompletion } from "../certificates/completion";
import { currentCycle } from "../certificates/renewal";
import { getCourseById } from "../course";
import { createId } from "../db/cuid";
import { countPassedModules, getModuleStandings, type TModuleRecord } from "../progress/standing";

// Raw SQL, for SQLite and PostgreSQL alike: this runs in every quiz submission's transaction, where Prisma 6 compiling
// each model query anew on every call cost more than the database's work. One read and one write.
type TTx = Pick<Prisma.TransactionClient, "$queryRaw" | "$executeRaw">;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Everything a learner's enrolment row summarises, as read in the transaction that changed it. */
export type TEnrolmentRecords = {
  organisationId: string;
  latestCompletion: TLatestCompletion | null;
  /** The latest unrevoked certificate. */
  certificate: { number: string; completedAt: Date; expiresAt: Date; graceDays: number; scorePercent: number } | null;
  lastViewedAt: Date | null;
  progress: TModuleRecord[];
};

type TRecordsRow = {
  organisationId: string;
  completionId: string | null;
  completionCompletedAt: Date | null;
  completionExpiresAt: Date | null;
  cycleKey: string | null;
  courseVersion: string | null;
  certificateNumber: string | null;
  certificateCompletedAt: Date | null;
  certificateExpiresAt: Date | null;
  graceDays: number | null;
  scorePercent: number | null;
  lastViewedAt: Date | null;
} & { [K in keyof TModuleRecord]: TModuleRecord[K] | null };

/**
 * The records in one statement: a row per module record (or one row when there are none), each carrying the
 * learner's organisation, latest completion, latest unrevoked certificate and latest lesson view.
 */
export async function readEnrolmentRecords(tx: TTx, userId: string, courseId: string): Promise<TEnrolmentRecords> {
  const rows = await tx.$queryRaw<TRecordsRow[]>`
    SELECT u."organisationId",
      lc."id" AS "completionId", lc."completedAt" AS "completionCompletedAt", lc."expiresAt" AS "completionExpiresAt",
      lc."cycleKey", lc."courseVersion",
      c."number" AS "certificateNumber", c."completedAt" AS "certificateCompletedAt",
      c."expiresAt" AS "certificateExpiresAt", c."graceDays", c."scorePercent",
      v."lastViewedAt",
      m."moduleId", m."bestScore", m."attemptCount", m."lastPassedAt", m."lastActivityAt"
    FROM "User" u
    LEFT JOIN (${latestCompletionSql(userId, courseId)}) lc ON TRUE
    LEFT JOIN (
      SELECT "number", "completedAt", "expiresAt", "graceDays", "scorePercent" FROM "Certificate"
      WHERE "userId" = ${userId} AND "courseId" = ${courseId} AND "revokedAt" IS NULL ORDER BY "issuedAt" DESC LIMIT 1
    ) c ON TRUE
    LEFT JOIN (
      SELECT "lastViewedAt" FROM "LessonView"
      WHERE "userId" = ${userId} AND "courseId" = ${courseId} ORDER BY "lastViewedAt" DESC LIMIT 1
    ) v ON TRUE
    LEFT JOIN "ModuleProgress" m ON m."userId" = u."id" AND m."courseId" = ${courseId}
    WHERE u."id" = ${userId}`;
  const [first] = rows;
  if (!first) throw new Error(`No user ${userId} to refresh the enrolment of.`);
  const { completionId, completionCompletedAt, completionExpiresAt, cycleKey, courseVersion } = first;
  const { certificateNumber, certificateCompletedAt, certificateExpiresAt, graceDays, scorePercent } = first;
  return {
    organisationId: first.organisationId,
    latestCompletion:
      completionId !== null &&
      completionCompletedAt &&
      completionExpiresAt &&
      cycleKey !== null &&
      courseVersion !== null
        ? {
            id: completionId,
            completedAt: completionCompletedAt,
            expiresAt: completionExpiresAt,
            cycleKey,
            courseVersion,
          }
        : null,
    certificate:
      certificateNumber !== null &&
      certificateCompletedAt &&
      certificateExpiresAt &&
      graceDays !== null &&
      scorePercent !== null
        ? {
            number: certificateNumber,
            completedAt: certificateCompletedAt,
            expiresAt: certificateExpiresAt,
            graceDays,
            scorePercent,
          }
        : null,
    lastViewedAt: first.lastViewedAt,
    progress: rows.flatMap(({ moduleId, bestScore, attemptCount, lastPassedAt, lastActivityAt }) =>
      moduleId !== null && attemptCount !== null && lastActivityAt
        ? [{ moduleId, bestScore, attemptCount, lastPassedAt, lastActivityAt }]
        : [],
    ),
  };
}

/**
 * Recomputes a learner's enrolment row from the records it summarises (module progress, lesson
 * views, certificates). Called inside the transaction of every write that changes them, so the
 * dashboard never disagrees with the records. Keeps the due date, which assignments own.
 * `records`: what readEnrolmentRecords gave in this transaction, after its last write to them.
 */
export async function refreshEnrolment(
  tx: TTx,
  userId: string,
  courseId: string,
  now = new Date(),
  records?: TEnrolmentRecords,
): Promise<void> {
  const { organisationId, latestCompletion, certificate, lastViewedAt, progress } =
    records ?? (await readEnrolmentRecords(tx, userId, courseId));
  const cycle = currentCycle(latestCompletion, now);
  // The same rule as every view (getModuleStandings); the dashboard's sort by progress reads this count.
  // A course this server no longer teaches still has records (an erasure or a revocation refreshes them): count
  // the passes recorded for it rather than fail the whole transaction.
  const moduleIds = getCourseById(courseId)?.modules.map((m) => m.id) ?? [...new Set(progress.map((p) => p.moduleId))];
  const modulesPassed = countPassedModules(getModuleStandings(moduleIds, progress, cycle.start));
  const activity = [lastViewedAt, ...progress.map((p) => p.lastActivityAt)].filter((d): d is Date => !!d);
  const lastActivityAt = activity.length ? new Date(Math.max(...activity.map((d) => d.getTime()))) : null;
  const validUntil = certificate ? new Date(certificate.expiresAt.getTime() + certificate.graceDays * DAY_MS) : null;
  await tx.$executeRaw`
    INSERT INTO "Enrolment" ("id", "userId", "courseId", "organisationId", "modulesPassed", "lastActivityAt",
      "completedAt", "validUntil", "certificateNumber", "scorePercent")
    VALUES (${createId()}, ${userId}, ${courseId}, ${organisationId}, ${modulesPassed}, ${lastActivityAt},
      ${certificate?.completedAt ?? null}, ${validUntil}, ${certificate?.number ?? null},
      ${certificate?.scorePercent ?? null})
    ON CONFLICT ("userId", "courseId") DO UPDATE SET
      "organisationId" = excluded."organisationId", "modulesPassed" = excluded."modulesPassed",
      "lastActivityAt" = excluded."lastActivityAt", "completedAt" = excluded."completedAt",
      "validUntil" = excluded."validUntil", "certificateNumber" = excluded."certificateNumber",
      "scorePercent" = excluded."scorePercent"`;
}
