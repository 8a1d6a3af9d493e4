import "server-only";
import type { TActor } from "../auth/current-user";
import { getCourse } from "../course";
import { db } from "../db/client";
import { getCourseProgress, type TCourseProgress } from "./rules";

/** The actor's own progress through the course: read from their records only. */
export async function getLearnerProgress(actor: TActor): Promise<TCourseProgress> {
  const course = getCourse();
  const [views, modules] = await Promise.all([
    db.lessonView.findMany({ where: { userId: actor.id, courseId: course.id }, select: { lessonId: true } }),
    db.moduleProgress.findMany({
      where: { userId: actor.id, courseId: course.id },
      select: { moduleId: true, bestScore: true, attemptCount: true, status: true },
    }),
  ]);
  return getCourseProgress(course, {
    viewedLessonIds: new Set(views.map((v) => v.lessonId)),
    modules: Object.fromEntries(
      modules.map((m) => [m.moduleId, { bestScore: m.bestScore, attemptCount: m.attemptCount, passed: m.status === "PASSED" }]),
    ),
  });
}

/** Records that the actor opened a lesson (first and latest time, and how often). */
export async function recordLessonView(actor: TActor, moduleId: string, lessonId: string): Promise<void> {
  const courseId = getCourse().id;
  const now = new Date();
  await db.lessonView.upsert({
    where: { userId_courseId_lessonId: { userId: actor.id, courseId, lessonId } },
    create: { userId: actor.id, courseId, moduleId, lessonId, firstViewedAt: now, lastViewedAt: now },
    update: { lastViewedAt: now, viewCount: { increment: 1 } },
  });
}
