import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { TCourse } from "../course/types";
import { isPassedInCycle, type TModuleRecord } from "../progress/standing";
import { lessonTimeCapSeconds, quizTimeCapSeconds } from "../progress/time-caps";
import { generateCertificateNumber } from "./number";
import { computeExpiry, currentCycle, describeRenewalPolicy } from "./renewal";

type TTx = Prisma.TransactionClient;

/** A learner's completion of a course, as far as their renewal cycle and their enrolment summary read it. */
export type TLatestCompletion = {
  id: string;
  completedAt: Date;
  expiresAt: Date;
  cycleKey: string;
  courseVersion: string;
};

/** The statement reading the learner's latest completion (one row or none), for joining into other one-row reads. */
export function latestCompletionSql(userId: string, courseId: string): Prisma.Sql {
  return Prisma.sql`SELECT "id", "completedAt", "expiresAt", "cycleKey", "courseVersion" FROM "Completion"
    WHERE "userId" = ${userId} AND "courseId" = ${courseId} ORDER BY "completedAt" DESC LIMIT 1`;
}

/**
 * The learner's latest completion of a course, which decides their current renewal cycle. Raw SQL, as every statement
 * on the quiz submission's path: Prisma 6 compiles each model query anew on every call, which costs more than the read.
 */
export async function findLatestCompletion(
  reader: Pick<TTx, "$queryRaw">,
  userId: string,
  courseId: string,
): Promise<TLatestCompletion | null> {
  const [row] = await reader.$queryRaw<TLatestCompletion[]>(latestCompletionSql(userId, courseId));
  return row ?? null;
}

/** Quiz time in the cycle, each module's attempts together counting up to that module's cap. */
function cappedQuizSeconds(
  course: TCourse,
  perModule: { moduleId: string; _sum: { durationSeconds: number | null } }[],
): number {
  const estimate = new Map(course.modules.map((m) => [m.id, m.estimatedMinutes]));
  return perModule.reduce(
    (total, m) => total + Math.min(m._sum.durationSeconds ?? 0, quizTimeCapSeconds(estimate.get(m.moduleId) ?? 0)),
    0,
  );
}

/** Reading time in the cycle, each lesson up to its cap (recording already stops there; older records may not). */
function cappedLessonSeconds(course: TCourse, views: { lessonId: string; secondsSpent: number }[]): number {
  const estimate = new Map(course.modules.flatMap((m) => m.lessons.map((l) => [l.id, l.estimatedMinutes] as const)));
  return views.reduce(
    (total, v) => total + Math.min(v.secondsSpent, lessonTimeCapSeconds(estimate.get(v.lessonId) ?? 0)),
    0,
  );
}

/**
 * Called inside the transaction of a passing attempt: when every module now has a pass in the current cycle, writes
 * the completion and issues its certificate. `latest` and `progress` are the learner's latest completion and module
 * records as read in this transaction (after this attempt's own record). Returns the certificate number.
 */
export async function completeCourseIfDone(
  tx: TTx,
  input: {
    userId: string;
    course: TCourse;
    attemptId: string;
    now: Date;
    latest: TLatestCompletion | null;
    progress: readonly TModuleRecord[];
  },
): Promise<string | null> {
  const { userId, course, now } = input;
  const cycle = currentCycle(input.latest, now);
  if (cycle.state === "completed") return null;
  // Most passes leave a module still to pass, which the module records show without reading any attempt: only a pass
  // that may finish the course reads them (the records' pass dates follow the attempts, in the same transactions).
  const records = new Map(input.progress.map((p) => [p.moduleId, p]));
  if (!course.modules.every((m) => isPassedInCycle(records.get(m.id)?.lastPassedAt, cycle.start))) return null;

  const passes = await tx.quizAttempt.groupBy({
    by: ["moduleId"],
    where: { userId, courseId: course.id, passed: true, submittedAt: { gte: cycle.start } },
    _max: { scorePercent: true },
  });
  const best = new Map(passes.map((p) => [p.moduleId, p._max.scorePercent ?? 0]));
  if (!course.modules.every((m) => best.has(m.id))) return null;

  const [quizTime, lessonTime, user] = await Promise.all([
    tx.quizAttempt.groupBy({
      by: ["moduleId"],
      where: { userId, courseId: course.id, submittedAt: { gte: cycle.start } },
      _sum: { durationSeconds: true },
    }),
    tx.lessonView.findMany({
      where: { userId, courseId: course.id, lastViewedAt: { gte: cycle.start } },
      select: { lessonId: true, secondsSpent: true },
    }),
    tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { name: true, organisation: { select: { name: true } } },
    }),
  ]);
  const scores = Object.fromEntries(course.modules.map((m) => [m.id, best.get(m.id) ?? 0]));
  const scorePercent = Math.floor(Object.values(scores).reduce((a, b) => a + b, 0) / course.modules.length);
  const expiresAt = computeExpiry(course.renewal, now);
  const number = generateCertificateNumber();

  await tx.completion.create({
    data: {
      userId,
      courseId: course.id,
      courseVersion: course.version,
      cycleKey: cycle.key,
      completingAttemptId: input.attemptId,
      completedAt: now,
      expiresAt,
      graceDays: course.renewal.graceDays,
      renewalPolicy: describeRenewalPolicy(course.renewal),
      scores,
      scorePercent,
      cpdMinutes: course.estimatedMinutes,
      timeSpentSeconds: cappedQuizSeconds(course, quizTime) + cappedLessonSeconds(course, lessonTime),
      certificate: {
        create: {
          number,
          userId,
          courseId: course.id,
          courseTitle: course.title,
          courseVersion: course.version,
          learnerName: user.name,
          organisationName: user.organisation.name,
          issuedAt: now,
          completedAt: now,
          expiresAt,
          graceDays: course.renewal.graceDays,
          scorePercent,
          cpdMinutes: course.estimatedMinutes,
        },
      },
    },
  });
  return number;
}
