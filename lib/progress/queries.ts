import "server-only";
import type { TActor } from "../auth/current-user";
import { findLatestCompletion } from "../certificates/completion";
import { currentCycle, type TCycle } from "../certificates/renewal";
import { findLesson, type TCourse } from "../course";
import { db } from "../db/client";
import { learnerStatus } from "../enrolments/status";
import { getCourseProgress, type TCourseProgress } from "./rules";
import { getModuleStandings } from "./standing";
import { lessonTimeCapSeconds } from "./time-caps";

export { lessonTimeCapSeconds };

export type TLearnerProgress = TCourseProgress & {
  cycle: TCycle;
  /** With the content version completed, so a renewing learner can be shown what has changed since. */
  latestCompletion: { completedAt: Date; expiresAt: Date; courseVersion: string } | null;
};

/**
 * The actor's own progress through the course, in their current cycle: after a completion, once the
 * renewal window opens, only lessons read and quizzes passed from then on count again.
 */
export async function getLearnerProgress(actor: TActor, course: TCourse, now = new Date()): Promise<TLearnerProgress> {
  return readProgressOf(actor.id, course, now);
}

/**
 * Someone's progress, as getLearnerProgress gives a learner their own. For a trainer's view of a learner's record:
 * the caller has already checked that the actor may see this person (lib/compliance/learner-record).
 */
export async function readProgressOf(userId: string, course: TCourse, now = new Date()): Promise<TLearnerProgress> {
  const latest = await findLatestCompletion(db, userId, course.id);
  const cycle = currentCycle(latest, now);
  const [views, modules] = await Promise.all([
    db.lessonView.findMany({
      where: { userId, courseId: course.id, lastViewedAt: { gte: cycle.start } },
      select: { lessonId: true },
    }),
    db.moduleProgress.findMany({
      where: { userId, courseId: course.id },
      select: { moduleId: true, bestScore: true, attemptCount: true, lastPassedAt: true, lastActivityAt: true },
    }),
  ]);
  const standings = getModuleStandings(
    course.modules.map((m) => m.id),
    modules,
    cycle.start,
  );
  const progress = getCourseProgress(course, {
    viewedLessonIds: new Set(views.map((v) => v.lessonId)),
    modules: Object.fromEntries(standings.map(({ moduleId, ...standing }) => [moduleId, standing])),
  });
  return {
    ...progress,
    cycle,
    latestCompletion: latest
      ? { completedAt: latest.completedAt, expiresAt: latest.expiresAt, courseVersion: latest.courseVersion }
      : null,
  };
}

/**
 * Records that the actor read a lesson: first and latest time, and the learner's last activity on their enrolment.
 * Never called while a page is drawn (the lesson page is meant to be cacheable, and a prefetch or a crawler must not
 * mark a lesson read), but by the page's script once the lesson is shown, which counts a visit (`countVisit`), and by
 * the lesson's Next button as the learner moves on, which does not (with scripts on that visit is already counted;
 * with them off the button is the only record, so such a learner's count stays at one). False, and nothing
 * written, for a lesson the course does not have in that module.
 */
export async function recordLessonView(
  actor: TActor,
  course: TCourse,
  moduleId: string,
  lessonId: string,
  { countVisit }: { countVisit: boolean },
): Promise<boolean> {
  if (!findLesson(course, moduleId, lessonId)) return false;
  const courseId = course.id;
  const now = new Date();
  // Reading a lesson changes only the learner's last activity, so the enrolment is touched, not rebuilt. Both are
  // upserts the database does in one statement, so the page's script and a quick click on Next recording the same
  // first view at once leave one row (lesson-views.test.ts).
  await db.$transaction([
    db.lessonView.upsert({
      where: { userId_courseId_lessonId: { userId: actor.id, courseId, lessonId } },
      create: { userId: actor.id, courseId, moduleId, lessonId, firstViewedAt: now, lastViewedAt: now },
      update: countVisit ? { lastViewedAt: now, viewCount: { increment: 1 } } : { lastViewedAt: now },
    }),
    db.enrolment.upsert({
      where: { userId_courseId: { userId: actor.id, courseId } },
      create: { userId: actor.id, courseId, organisationId: actor.organisationId, lastActivityAt: now },
      update: { lastActivityAt: now },
    }),
  ]);
  return true;
}

/** Most reading time one report may add: a tab left open overnight is not study. */
export const MAX_LESSON_SECONDS_PER_REPORT = 30 * 60;
/**
 * Adds reading time the browser measured to the actor's own view of a lesson, never taking the lesson's
 * total past its cap. False if the lesson is unknown or was never opened.
 */
export async function addLessonTime(
  actor: TActor,
  course: TCourse,
  moduleId: string,
  lessonId: string,
  seconds: number,
): Promise<boolean> {
  const found = findLesson(course, moduleId, lessonId);
  if (!found) return false;
  const cap = lessonTimeCapSeconds(found.lesson.estimatedMinutes);
  const added = Math.max(0, Math.min(MAX_LESSON_SECONDS_PER_REPORT, cap, Math.round(seconds)));
  const view = { userId: actor.id, courseId: course.id, lessonId };
  // Two single-statement updates, each atomic, so the cap holds however many reports arrive at once: the
  // time is added only where it fits under the cap; where it does not, the total is set to the cap. Totals
  // only grow, so a row the first update skipped still qualifies for the second.
  const fits = await db.lessonView.updateMany({
    where: { ...view, secondsSpent: { lte: cap - added } },
    data: { secondsSpent: { increment: added } },
  });
  if (fits.count > 0) return true;
  const full = await db.lessonView.updateMany({
    where: { ...view, secondsSpent: { gt: cap - added } },
    data: { secondsSpent: cap },
  });
  return full.count > 0;
}

/** The actor's own due date and compliance status for the course. */
export async function getOwnEnrolment(actor: TActor, courseId: string, now = new Date()) {
  const row = await db.enrolment.findUnique({
    where: { userId_courseId: { userId: actor.id, courseId } },
    select: { dueAt: true, validUntil: true, lastActivityAt: true },
  });
  return row ? { ...row, status: learnerStatus(row, now) } : null;
}
