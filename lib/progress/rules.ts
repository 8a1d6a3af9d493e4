import type { TCourse } from "../course/types";

export type TModuleStatus = "NOT_STARTED" | "IN_PROGRESS" | "PASSED";

/** What the database knows about one learner in one course. */
export type TLearnerRecords = {
  viewedLessonIds: ReadonlySet<string>;
  /** By module id: the best score so far and whether the module's quiz has been passed. */
  modules: Record<string, { bestScore: number | null; attemptCount: number; passed: boolean }>;
};

export type TModuleProgress = {
  moduleId: string;
  status: TModuleStatus;
  lessonsViewed: number;
  /** Which of the module's lessons have been read (in this cycle), for the module's contents. */
  readLessonIds: string[];
  lessonCount: number;
  bestScore: number | null;
  attemptCount: number;
  /** The module's first unread lesson, else its quiz; null once passed. */
  next: TNextStep | null;
};

export type TNextStep = { kind: "lesson"; moduleId: string; lessonId: string } | { kind: "quiz"; moduleId: string };

export type TCourseProgress = {
  modules: TModuleProgress[];
  /** Lessons viewed plus quizzes passed, as a share of all lessons and quizzes. */
  percent: number;
  passedModules: number;
  complete: boolean;
  /** Where "Continue" goes: the first unread lesson or unpassed quiz, in course order. */
  next: TNextStep | null;
};

export function getCourseProgress(course: TCourse, records: TLearnerRecords): TCourseProgress {
  let stepsDone = 0;
  let stepsTotal = 0;
  let next: TNextStep | null = null;

  const modules = course.modules.map((m): TModuleProgress => {
    const rec = records.modules[m.id];
    const passed = rec?.passed === true;
    const lessonsViewed = m.lessons.filter((l) => records.viewedLessonIds.has(l.id)).length;
    stepsTotal += m.lessons.length + 1;
    stepsDone += lessonsViewed + (passed ? 1 : 0);
    const unread = m.lessons.find((l) => !records.viewedLessonIds.has(l.id));
    const moduleNext: TNextStep | null = passed
      ? null
      : unread
        ? { kind: "lesson", moduleId: m.id, lessonId: unread.id }
        : { kind: "quiz", moduleId: m.id };
    next ??= moduleNext;
    const started = lessonsViewed > 0 || (rec?.attemptCount ?? 0) > 0;
    return {
      moduleId: m.id,
      status: passed ? "PASSED" : started ? "IN_PROGRESS" : "NOT_STARTED",
      lessonsViewed,
      readLessonIds: m.lessons.filter((l) => records.viewedLessonIds.has(l.id)).map((l) => l.id),
      lessonCount: m.lessons.length,
      bestScore: rec?.bestScore ?? null,
      attemptCount: rec?.attemptCount ?? 0,
      next: moduleNext,
    };
  });

  const passedModules = modules.filter((m) => m.status === "PASSED").length;
  return {
    modules,
    percent: stepsTotal ? Math.floor((stepsDone * 100) / stepsTotal) : 0,
    passedModules,
    complete: passedModules === modules.length,
    next,
  };
}
