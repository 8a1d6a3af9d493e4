import { describe, expect, it } from "vitest";
import { DEFAULT_COURSE_ID, findLessonById, findModule, getCourseById, getDefaultCourse, listCourses } from "./index";

describe("the courses", () => {
  it("names the default course once, and it is among the courses the content holds", () => {
    expect(getDefaultCourse().id).toBe(DEFAULT_COURSE_ID);
    expect(listCourses().map((c) => c.id)).toContain(DEFAULT_COURSE_ID);
    expect(getCourseById(DEFAULT_COURSE_ID)).toBe(getDefaultCourse());
  });

  it("loads each course once per process", () => {
    expect(listCourses()).toBe(listCourses());
  });

  it("has no course for an unknown id", () => {
    expect(getCourseById("no-such-course")).toBeUndefined();
  });

  it("finds modules and lessons within the course it is given", () => {
    const course = getDefaultCourse();
    const first = course.modules[0]!;
    expect(findModule(course, first.id)).toBe(first);
    expect(findModule(course, "no-such-module")).toBeUndefined();
    expect(findLessonById(course, first.lessons[0]!.id)).toBe(first.lessons[0]);
  });
});
