import { describe, expect, it } from "vitest";
import { shuffleWithSeed } from "./shuffle";

describe("shuffleWithSeed", () => {
  const items = ["a", "b", "c", "d"];

  it("keeps every item and is the same for the same seed", () => {
    const once = shuffleWithSeed(items, "seed-1");
    expect([...once].sort()).toEqual(items);
    expect(shuffleWithSeed(items, "seed-1")).toEqual(once);
  });

  it("puts the first option first only about a quarter of the time", () => {
    const firstStaysFirst = Array.from({ length: 400 }, (_, i) => shuffleWithSeed(items, `s${i}`)[0] === "a").filter(
      Boolean,
    ).length;
    expect(firstStaysFirst).toBeGreaterThan(60);
    expect(firstStaysFirst).toBeLessThan(140);
  });
});
