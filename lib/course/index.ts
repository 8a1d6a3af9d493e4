import "server-only";
import { DEFAULT_COURSE_ID } from "./default-course";
import { loadCourse } from "./load";
import type { TCourse, TLesson, TModule } from "./types";

export { DEFAULT_COURSE_ID };

let cached: TCourse[] | undefined;

/**
 * Every course, loaded and validated once per server process (content ships with the build).
 * Invalid content throws: the build and the check script catch it long before a learner could.
 */
export function listCourses(): readonly TCourse[] {
  if (cached) return cached;
  const { course, errors } = loadCourse(undefined, null);
  if (!course || errors.length) {
    throw new Error(`Course content is invalid:\n${errors.map((e) => `${e.file}: ${e.message}`).join("\n")}`);
  }
  cached = [course];
  return cached;
}

/** The course with this id, or undefined for an id no course has (a record of a withdrawn course, a typo). */
export function getCourseById(courseId: string): TCourse | undefined {
  return listCourses().find((c) => c.id === courseId);
}

/** The course with this id; an unknown id is a programming error (records only name courses that exist). */
export function requireCourseById(courseId: string): TCourse {
  const course = getCourseById(courseId);
  if (!course) throw new Error(`No course has the id "${courseId}".`);
  return course;
}

/** The default course: for the edge (pages, actions, route handlers, scripts) only, never inside lib/. */
export function getDefaultCourse(): TCourse {
  return requireCourseById(DEFAULT_COURSE_ID);
}

export function findModule(course: TCourse, moduleId: string): TModule | undefined {
  return course.modules.find((m) => m.id === moduleId);
}

export function findLesson(
  course: TCourse,
  moduleId: string,
  lessonId: string,
): { module: TModule; lesson: TLesson; index: number } | undefined {
  const courseModule = findModule(course, moduleId);
  const index = courseModule?.lessons.findIndex((l) => l.id === lessonId) ?? -1;
  const lesson = courseModule?.lessons[index];
  return courseModule && lesson ? { module: courseModule, lesson, index } : undefined;
}

/** The lesson that teaches a question, wherever in the course it is (a question may point to an earlier module). */
export function findLessonById(course: TCourse, lessonId: string): TLesson | undefined {
  for (const m of course.modules) for (const l of m.lessons) if (l.id === lessonId) return l;
  return undefined;
}

export type { TCourse, TLesson, TModule, TQuestion, TQuiz, TOption } from "./types";
