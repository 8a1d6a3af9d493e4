import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { TActor } from "../auth/current-user";
import { findLatestCompletion } from "../certificates/completion";
import { currentCycle } from "../certificates/renewal";
import type { TCourse, TModule } from "../course";
import { db } from "../db/client";
import { isPassedInCycle } from "../progress/standing";
import { quizReadiness, retakeWait, type TQuizReadiness } from "./readiness";

type TReader = Pick<Prisma.TransactionClient, "quizAttempt">;

/** The learner's latest attempt at this module's quiz. */
export function lastAttempt(reader: TReader, userId: string, courseId: string, moduleId: string) {
  return reader.quizAttempt.findFirst({
    where: { userId, courseId, moduleId },
    orderBy: { submittedAt: "desc" },
    select: { passed: true, submittedAt: true },
  });
}

/** The organisation's wait after a failed attempt, in minutes (0: none). */
export async function retakeWaitMinutes(actor: TActor): Promise<number> {
  const org = await db.organisation.findUnique({
    where: { id: actor.organisationId },
    select: { quizRetakeWaitMinutes: true },
  });
  return org?.quizRetakeWaitMinutes ?? 0;
}

/** Where the learner's current cycle began: after a completion, once renewal opens, last year's reading no longer counts. */
async function cycleStart(actor: TActor, courseId: string, now: Date): Promise<Date> {
  return currentCycle(await findLatestCompletion(db, actor.id, courseId), now).start;
}

/** Whether this learner may start the module's quiz now: asked before a submission token is issued. */
export async function getQuizReadiness(
  actor: TActor,
  course: TCourse,
  courseModule: TModule,
  now = new Date(),
): Promise<TQuizReadiness> {
  const since = await cycleStart(actor, course.id, now);
  const [views, waitMinutes, last] = await Promise.all([
    db.lessonView.findMany({
      where: { userId: actor.id, courseId: course.id, moduleId: courseModule.id, lastViewedAt: { gte: since } },
      select: { lessonId: true },
    }),
    retakeWaitMinutes(actor),
    lastAttempt(db, actor.id, course.id, courseModule.id),
  ]);
  return quizReadiness({
    lessonIds: courseModule.lessons.map((l) => l.id),
    openedLessonIds: views.map((v) => v.lessonId),
    retakeWaitMinutes: waitMinutes,
    lastAttempt: last,
    now,
  });
}

/** The wait alone, for pages that show when the next attempt opens. */
export async function getRetakeWait(
  actor: TActor,
  courseId: string,
  moduleId: string,
  now = new Date(),
): Promise<TQuizReadiness | null> {
  const waitMinutes = await retakeWaitMinutes(actor);
  if (waitMinutes <= 0) return null;
  return retakeWait({
    retakeWaitMinutes: waitMinutes,
    lastAttempt: await lastAttempt(db, actor.id, courseId, moduleId),
    now,
  });
}

/** Whether the learner has passed this module in their current cycle: until then a failed attempt's review keeps the right answers back. */
export async function hasPassedModule(
  actor: TActor,
  courseId: string,
  moduleId: string,
  now = new Date(),
): Promise<boolean> {
  const [since, progress] = await Promise.all([
    cycleStart(actor, courseId, now),
    db.moduleProgress.findUnique({
      where: { userId_courseId_moduleId: { userId: actor.id, courseId, moduleId } },
      select: { lastPassedAt: true },
    }),
  ]);
  return isPassedInCycle(progress?.lastPassedAt, since);
}
