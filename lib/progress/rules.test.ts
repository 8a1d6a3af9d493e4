import { describe, expect, it } from "vitest";
import type { TCourse } from "../course/types";
import { testModule } from "../testing/course-fixture";
import { getCourseProgress } from "./rules";

const mod = (id: string, lessons: string[]) => testModule(id, lessons);
const course = { modules: [mod("one", ["one-a", "one-b"]), mod("two", ["two-a"])] } as unknown as TCourse;

describe("getCourseProgress", () => {
  it("starts with nothing done and Continue pointing at the first lesson", () => {
    const p = getCourseProgress(course, { viewedLessonIds: new Set(), modules: {} });
    expect(p.modules.map((m) => m.status)).toEqual(["NOT_STARTED", "NOT_STARTED"]);
    expect(p).toMatchObject({
      percent: 0,
      complete: false,
      next: { kind: "lesson", moduleId: "one", lessonId: "one-a" },
    });
  });

  it("shows a module in progress once a lesson is read, and Continue goes to the next unread lesson", () => {
    const p = getCourseProgress(course, { viewedLessonIds: new Set(["one-a"]), modules: {} });
    expect(p.modules[0]).toMatchObject({ status: "IN_PROGRESS", lessonsViewed: 1, lessonCount: 2 });
    expect(p.next).toEqual({ kind: "lesson", moduleId: "one", lessonId: "one-b" });
  });

  it("sends the learner to the quiz when every lesson is read, and keeps a failed module in progress", () => {
    const p = getCourseProgress(course, {
      viewedLessonIds: new Set(["one-a", "one-b"]),
      modules: { one: { bestScore: 50, attemptCount: 1, passed: false } },
    });
    expect(p.modules[0]).toMatchObject({ status: "IN_PROGRESS", bestScore: 50 });
    expect(p.next).toEqual({ kind: "quiz", moduleId: "one" });
  });

  it("marks passed modules, counts progress, and moves Continue on to the next module", () => {
    const p = getCourseProgress(course, {
      viewedLessonIds: new Set(["one-a", "one-b"]),
      modules: { one: { bestScore: 90, attemptCount: 2, passed: true } },
    });
    expect(p.modules[0]?.status).toBe("PASSED");
    expect(p.percent).toBe(60); // 3 of 5 steps
    expect(p.next).toEqual({ kind: "lesson", moduleId: "two", lessonId: "two-a" });
  });

  it("is complete with no next step when every module is passed", () => {
    const p = getCourseProgress(course, {
      viewedLessonIds: new Set(["one-a", "one-b", "two-a"]),
      modules: {
        one: { bestScore: 100, attemptCount: 1, passed: true },
        two: { bestScore: 80, attemptCount: 1, passed: true },
      },
    });
    expect(p).toMatchObject({ percent: 100, complete: true, next: null, passedModules: 2 });
  });
});
