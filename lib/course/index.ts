import "server-only";
import { loadCourse } from "./load";
import type { TCourse, TLesson, TModule } from "./types";

let cached: TCourse | undefined;

/**
 * The course, loaded and validated once per server process (content ships with the build).
 * Invalid content throws: the build and the check script catch it long before a learner could.
 */
export function getCourse(): TCourse {
  if (cached) return cached;
  const { course, errors } = loadCourse(undefined, null);
  if (!course || errors.length) {
    throw new Error(`Course content is invalid:\n${errors.map((e) => `${e.file}: ${e.message}`).join("\n")}`);
  }
  cached = course;
  return course;
}

export function findModule(moduleId: string): TModule | undefined {
  return getCourse().modules.find((m) => m.id === moduleId);
}

export function findLesson(
  moduleId: string,
  lessonId: string,
): { module: TModule; lesson: TLesson; index: number } | undefined {
  const courseModule = findModule(moduleId);
  const index = courseModule?.lessons.findIndex((l) => l.id === lessonId) ?? -1;
  const lesson = courseModule?.lessons[index];
  return courseModule && lesson ? { module: courseModule, lesson, index } : undefined;
}

/** The lesson that teaches a question, wherever in the course it is (a question may point to an earlier module). */
export function findLessonById(lessonId: string): TLesson | undefined {
  for (const m of getCourse().modules) for (const l of m.lessons) if (l.id === lessonId) return l;
  return undefined;
}

export type { TCourse, TLesson, TModule, TQuestion, TQuiz, TOption } from "./types";
