import type { TCourse } from "../course/types";
import type { TCourseProgress } from "./rules";

export type TContinueSummary = {
  /** Where "Continue" goes, as a learner reads it: "Module 3, Grooming: lesson 2 of 4" or "…: the quiz". */
  where: string;
  /** Roughly how long the rest of the course takes, in minutes (never less than 5). */
  minutesLeft: number;
};

/**
 * What "Continue" says: the step it opens and about how long is left. The time left is the unread lessons' own
 * estimates plus, for each module not yet passed, the rest of its estimate (its quiz and summary), rounded up to the
 * next 5 minutes: a learner judging whether to start on a break needs a rough figure, not a precise one.
 */
export function continueSummary(course: TCourse, progress: TCourseProgress): TContinueSummary | null {
  const next = progress.next;
  if (!next) return null;
  const index = course.modules.findIndex((m) => m.id === next.moduleId);
  const courseModule = course.modules[index];
  if (!courseModule) return null;
  const step =
    next.kind === "lesson"
      ? `lesson ${courseModule.lessons.findIndex((l) => l.id === next.lessonId) + 1} of ${courseModule.lessons.length}`
      : "the quiz";
  let minutes = 0;
  course.modules.forEach((m, i) => {
    const p = progress.modules[i];
    if (!p || p.status === "PASSED") return;
    const lessonMinutes = m.lessons.reduce((sum, l) => sum + l.estimatedMinutes, 0);
    const unreadMinutes = m.lessons
      .filter((l) => !p.readLessonIds.includes(l.id))
      .reduce((sum, l) => sum + l.estimatedMinutes, 0);
    minutes += unreadMinutes + Math.max(0, m.estimatedMinutes - lessonMinutes);
  });
  return {
    where: `Module ${index + 1}, ${courseModule.title}: ${step}`,
    minutesLeft: Math.max(5, Math.ceil(minutes / 5) * 5),
  };
}
