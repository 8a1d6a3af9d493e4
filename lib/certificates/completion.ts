import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { TCourse } from "../course/types";
import { lessonTimeCapSeconds, quizTimeCapSeconds } from "../progress/time-caps";
import { generateCertificateNumber } from "./number";
import { computeExpiry, currentCycle, describeRenewalPolicy } from "./renewal";

type TTx = Prisma.TransactionClient;

/** The learner's latest completion of a course, which decides their current renewal cycle. */
export function findLatestCompletion(tx: Pick<TTx, "completion">, userId: string, courseId: string) {
  return tx.completion.findFirst({
    where: { userId, courseId },
    orderBy: { completedAt: "desc" },
    select: { id: true, completedAt: true, expiresAt: true, cycleKey: true, courseVersion: true },
  });
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
 * Called inside the transaction of a passing attempt: when every module now has a pass in the
 * current cycle, writes the completion and issues its certificate. Returns the certificate number.
 */
export async function completeCourseIfDone(
  tx: TTx,
  input: { userId: string; course: TCourse; attemptId: string; now: Date },
): Promise<string | null> {
  const { userId, course, now } = input;
  const cycle = currentCycle(await findLatestCompletion(tx, userId, course.id), now);
  if (cycle.state === "completed") return null;

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
