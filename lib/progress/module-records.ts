import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { createId } from "../db/cuid";

// Raw SQL, written for both SQLite and PostgreSQL: this runs in every quiz submission, where Prisma 6 compiling each
// model query anew on every call cost more than the database's own work.
type TTx = Pick<Prisma.TransactionClient, "$executeRaw">;

/**
 * Counts a scored attempt in the learner's record of the module, in one statement: the best score only rises, and
 * a failed attempt never takes a pass away (the pass dates only move on a pass; the first one is kept).
 */
export async function recordModuleAttempt(
  tx: TTx,
  attempt: {
    userId: string;
    courseId: string;
    moduleId: string;
    scorePercent: number;
    passed: boolean;
    submittedAt: Date;
  },
): Promise<void> {
  const { userId, courseId, moduleId, scorePercent, submittedAt } = attempt;
  const passedAt = attempt.passed ? submittedAt : null;
  await tx.$executeRaw`
    INSERT INTO "ModuleProgress"
      ("id", "userId", "courseId", "moduleId", "bestScore", "attemptCount", "firstPassedAt", "lastPassedAt", "lastActivityAt")
    VALUES (${createId()}, ${userId}, ${courseId}, ${moduleId}, ${scorePercent}, 1, ${passedAt}, ${passedAt}, ${submittedAt})
    ON CONFLICT ("userId", "courseId", "moduleId") DO UPDATE SET
      "bestScore" = CASE WHEN COALESCE("ModuleProgress"."bestScore", 0) > excluded."bestScore"
        THEN "ModuleProgress"."bestScore" ELSE excluded."bestScore" END,
      "attemptCount" = "ModuleProgress"."attemptCount" + 1,
      "firstPassedAt" = COALESCE("ModuleProgress"."firstPassedAt", excluded."firstPassedAt"),
      "lastPassedAt" = COALESCE(excluded."lastPassedAt", "ModuleProgress"."lastPassedAt"),
      "lastActivityAt" = excluded."lastActivityAt"`;
}
