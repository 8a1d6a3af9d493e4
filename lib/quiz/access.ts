import "server-only";
import type { TActor } from "../auth/current-user";
import { getCourse, type TModule } from "../course";
import { db } from "../db/client";
import { quizReadiness, retakeWait, type TQuizReadiness } from "./readiness";

async function lastAttempt(actor: TActor, courseModule: TModule) {
  return db.quizAttempt.findFirst({
    where: { userId: actor.id, courseId: getCourse().id, moduleId: courseModule.id },
    orderBy: { submittedAt: "desc" },
    select: { passed: true, submittedAt: true },
  });
}

async function retakeWaitMinutes(actor: TActor): Promise<number> {
  const org = await db.organisation.findUnique({ where: { id: actor.organisationId }, select: { quizRetakeWaitMinutes: true } });
  return org?.quizRetakeWaitMinutes ?? 0;
}

/** Whether this learner may start the module's quiz now: asked before a submission token is issued. */
export async function getQuizReadiness(actor: TActor, courseModule: TModule, now = new Date()): Promise<TQuizReadiness> {
  const [views, waitMinutes, last] = await Promise.all([
    db.lessonView.findMany({ where: { userId: actor.id, courseId: getCourse().id, moduleId: courseModule.id }, select: { lessonId: true } }),
    retakeWaitMinutes(actor),
    lastAttempt(actor, courseModule),
  ]);
  return quizReadiness({
    lessonIds: courseModule.lessons.map((l) => l.id),
    openedLessonIds: views.map((v) => v.lessonId),
    retakeWaitMinutes: waitMinutes,
    lastAttempt: last,
    now,
  });
}

/**
 * The wait alone, checked again when answers arrive: a token issued before a failed attempt
 * (a second tab) must not skip the organisation's wait. Lessons cannot be un-opened, so they are not.
 */
export async function getRetakeWait(actor: TActor, courseModule: TModule, now = new Date()): Promise<TQuizReadiness | null> {
  const waitMinutes = await retakeWaitMinutes(actor);
  if (waitMinutes <= 0) return null;
  return retakeWait({ retakeWaitMinutes: waitMinutes, lastAttempt: await lastAttempt(actor, courseModule), now });
}

/** Whether the learner has ever passed this module: until then a failed attempt's review keeps the right answers back. */
export async function hasPassedModule(actor: TActor, moduleId: string): Promise<boolean> {
  const progress = await db.moduleProgress.findUnique({
    where: { userId_courseId_moduleId: { userId: actor.id, courseId: getCourse().id, moduleId } },
    select: { firstPassedAt: true },
  });
  return progress?.firstPassedAt != null;
}
