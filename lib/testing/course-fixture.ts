import type { TModule } from "../course/types";

/** A module for the pure progress tests: named lessons of `lessonMinutes` each, a quiz with no questions. */
export function testModule(
  id: string,
  lessons: string[],
  { title = id, minutes = 10, lessonMinutes = 3 }: { title?: string; minutes?: number; lessonMinutes?: number } = {},
): TModule {
  return {
    id,
    title,
    summary: "",
    estimatedMinutes: minutes,
    passMark: 80,
    learningOutcomes: [],
    lessons: lessons.map((l) => ({
      id: l,
      moduleId: id,
      title: l,
      estimatedMinutes: lessonMinutes,
      markdown: "",
      html: "",
      sourceIds: [],
    })),
    quiz: { id: `${id}-quiz`, draw: 0, questions: [] },
  };
}
