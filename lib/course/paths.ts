import type { TNextStep } from "../progress/rules";
import type { TModule } from "./types";

export const modulePath = (moduleId: string) => `/course/${moduleId}`;
export const lessonPath = (moduleId: string, lessonId: string) => `/course/${moduleId}/lessons/${lessonId}`;
export const quizPath = (moduleId: string) => `/course/${moduleId}/quiz`;
export const attemptPath = (moduleId: string, attemptId: string) => `/course/${moduleId}/quiz/attempts/${attemptId}`;

/**
 * Where "Continue" goes. A module not yet begun opens at its introduction, so the learner meets
 * its learning outcomes and any content warning before the first lesson.
 */
export function nextStepPath(next: TNextStep, moduleStarted: boolean): string {
  if (!moduleStarted) return modulePath(next.moduleId);
  return next.kind === "lesson" ? lessonPath(next.moduleId, next.lessonId) : quizPath(next.moduleId);
}

/** Where a lesson's Next goes: the module's next lesson, or its quiz after the last. */
export function afterLessonPath(courseModule: Pick<TModule, "id" | "lessons">, lessonIndex: number): string {
  const next = courseModule.lessons[lessonIndex + 1];
  return next ? lessonPath(courseModule.id, next.id) : quizPath(courseModule.id);
}
