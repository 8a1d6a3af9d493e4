import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "../db/client";
import type { TStoredAnswers } from "./attempts";

// The quiz attempt's own statements, in raw SQL written for SQLite and PostgreSQL alike: a submission is the app's
// busiest write, and Prisma 6 compiles every model query anew on each call (about a millisecond of the event loop
// each), several times what the database spends on these statements.
type TTx = Pick<Prisma.TransactionClient, "$queryRaw" | "$executeRaw">;

/** A scored attempt as stored. */
export type TAttemptRow = {
  id: string;
  userId: string;
  submissionId: string;
  courseId: string;
  courseVersion: string;
  moduleId: string;
  quizId: string;
  answers: TStoredAnswers;
  correctCount: number;
  questionCount: number;
  scorePercent: number;
  passMark: number;
  passed: boolean;
  startedAt: Date;
  submittedAt: Date;
  durationSeconds: number;
};

/** Stores the attempt. A second copy of the same submission is refused by the (userId, submissionId) unique key. */
export async function insertAttempt(tx: TTx, a: TAttemptRow): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "QuizAttempt" ("id", "userId", "submissionId", "courseId", "courseVersion", "moduleId", "quizId",
      "answers", "correctCount", "questionCount", "scorePercent", "passMark", "passed", "startedAt", "submittedAt",
      "durationSeconds")
    VALUES (${a.id}, ${a.userId}, ${a.submissionId}, ${a.courseId}, ${a.courseVersion}, ${a.moduleId}, ${a.quizId},
      ${JSON.stringify(a.answers)}, ${a.correctCount}, ${a.questionCount}, ${a.scorePercent}, ${a.passMark}, ${a.passed},
      ${a.startedAt}, ${a.submittedAt}, ${a.durationSeconds})`;
}

/** What the learner is told of a stored attempt. */
export type TAttemptOutcome = { attemptId: string; scorePercent: number; passed: boolean };

/** The attempt a submission (by its token's id) already made, if any. */
export async function findAttemptBySubmission(userId: string, submissionId: string): Promise<TAttemptOutcome | null> {
  const [row] = await db.$queryRaw<TAttemptOutcome[]>`
    SELECT "id" AS "attemptId", "scorePercent", "passed" FROM "QuizAttempt"
    WHERE "userId" = ${userId} AND "submissionId" = ${submissionId}`;
  return row ?? null;
}

/** What the organisation's wait after a failed attempt needs, read after storing the attempt. */
export type TRetakeContext = {
  /** The organisation's wait after a failed attempt, in minutes (0: none). */
  retakeWaitMinutes: number;
  /** The learner's latest attempt at this module before this one. */
  lastAttempt: { passed: boolean; submittedAt: Date } | null;
};

/** The organisation's retake wait and the learner's previous attempt at the module, in one read. */
export async function readRetakeContext(tx: TTx, organisationId: string, a: TAttemptRow): Promise<TRetakeContext> {
  const [row] = await tx.$queryRaw<
    { retakeWaitMinutes: number | null; previousPassed: boolean | null; previousSubmittedAt: Date | null }[]
  >`
    SELECT o."quizRetakeWaitMinutes" AS "retakeWaitMinutes", p."passed" AS "previousPassed",
      p."submittedAt" AS "previousSubmittedAt"
    FROM (SELECT 1 AS "one") AS one
    LEFT JOIN "Organisation" o ON o."id" = ${organisationId}
    LEFT JOIN (
      SELECT "passed", "submittedAt" FROM "QuizAttempt"
      WHERE "userId" = ${a.userId} AND "courseId" = ${a.courseId} AND "moduleId" = ${a.moduleId} AND "id" <> ${a.id}
      ORDER BY "submittedAt" DESC LIMIT 1
    ) p ON TRUE`;
  const previousPassed = row?.previousPassed ?? null;
  const previousSubmittedAt = row?.previousSubmittedAt ?? null;
  return {
    retakeWaitMinutes: row?.retakeWaitMinutes ?? 0,
    lastAttempt:
      previousPassed !== null && previousSubmittedAt !== null
        ? { passed: previousPassed, submittedAt: previousSubmittedAt }
        : null,
  };
}
