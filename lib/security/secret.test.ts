import { describe, expect, it } from "vitest";
import { secretProblem } from "./secret";

describe("secretProblem", () => {
  it("refuses a missing, short or placeholder secret", () => {
    expect(secretProblem(undefined)).toMatch(/not set/);
    expect(secretProblem("short")).toMatch(/shorter than 32/);
    expect(secretProblem("changeme-changeme-changeme-changeme")).toMatch(/placeholder/);
    expect(secretProblem("a".repeat(40))).toMatch(/placeholder/);
  });

  it("accepts a random value", () => {
    expect(secretProblem("q7Vh2kP9xLm3Rt8Wz1Nc4Bd6Fg0Js5Ya")).toBeNull();
  });
});
