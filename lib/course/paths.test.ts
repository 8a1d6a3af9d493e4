import { describe, expect, it } from "vitest";
import { afterLessonPath } from "./paths";

describe("where a lesson's Next goes", () => {
  const courseModule = { id: "m", lessons: [{ id: "a" }, { id: "b" }] } as Parameters<typeof afterLessonPath>[0];

  it("to the module's next lesson", () => {
    expect(afterLessonPath(courseModule, 0)).toBe("/course/m/lessons/b");
  });

  it("to the module's quiz after its last lesson", () => {
    expect(afterLessonPath(courseModule, 1)).toBe("/course/m/quiz");
  });
});
