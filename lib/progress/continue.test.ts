import { describe, expect, it } from "vitest";
import type { TCourse } from "../course/types";
import { testModule } from "../testing/course-fixture";
import { continueSummary } from "./continue";
import { getCourseProgress } from "./rules";

// Two modules of 20 minutes: two 4-minute lessons (8) and 12 minutes of quiz and summary each.
const mod = (id: string, title: string, lessons: string[]) =>
  testModule(id, lessons, { title, minutes: 20, lessonMinutes: 4 });
const course = {
  modules: [mod("scale", "The scale of the problem", ["s1", "s2"]), mod("grooming", "Grooming", ["g1", "g2"])],
} as unknown as TCourse;

const summary = (viewed: string[], passed: string[] = []) =>
  continueSummary(
    course,
    getCourseProgress(course, {
      viewedLessonIds: new Set(viewed),
      modules: Object.fromEntries(passed.map((id) => [id, { passed: true, bestScore: 90, attemptCount: 1 }])),
    }),
  );

describe("what Continue says", () => {
  it("names the module and lesson it opens, and the whole course's time at the start", () => {
    expect(summary([])).toEqual({ where: "Module 1, The scale of the problem: lesson 1 of 2", minutesLeft: 40 });
  });

  it("counts down as lessons are read and modules passed, rounding up to 5 minutes", () => {
    expect(summary(["s1"])).toEqual({ where: "Module 1, The scale of the problem: lesson 2 of 2", minutesLeft: 40 });
    expect(summary(["s1", "s2"])).toEqual({ where: "Module 1, The scale of the problem: the quiz", minutesLeft: 35 });
    expect(summary(["s1", "s2", "g1"], ["scale"])).toEqual({
      where: "Module 2, Grooming: lesson 2 of 2",
      minutesLeft: 20,
    });
  });

  it("never says less than 5 minutes, and says nothing once everything is passed", () => {
    expect(summary(["s1", "s2", "g1", "g2"], ["scale"])?.minutesLeft).toBe(15);
    expect(summary(["s1", "s2", "g1", "g2"], ["scale", "grooming"])).toBeNull();
  });
});
