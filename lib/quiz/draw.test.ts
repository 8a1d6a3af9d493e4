import { describe, expect, it } from "vitest";
import { countTimesSeen, drawQuestions } from "./draw";

// A bank of 14 across 5 outcomes, like a module's.
const bank = Array.from({ length: 14 }, (_, i) => ({ id: `q${i + 1}`, outcome: (i % 5) + 1 }));
const outcomesOf = (ids: string[]) => new Set(ids.map((id) => bank.find((q) => q.id === id)!.outcome));

describe("drawing an attempt's questions", () => {
  it("asks the number wanted, no question twice, every learning outcome at least once", () => {
    for (let n = 0; n < 50; n++) {
      const ids = drawQuestions(bank, 8, new Map(), `seed-${n}`);
      expect(ids).toHaveLength(8);
      expect(new Set(ids).size).toBe(8);
      expect(outcomesOf(ids)).toEqual(new Set([1, 2, 3, 4, 5]));
    }
  });

  it("draws the same set for the same seed, and different sets for different seeds", () => {
    expect(drawQuestions(bank, 8, new Map(), "a")).toEqual(drawQuestions(bank, 8, new Map(), "a"));
    const sets = new Set(
      Array.from({ length: 20 }, (_, n) => [...drawQuestions(bank, 8, new Map(), `s${n}`)].sort().join()),
    );
    expect(sets.size).toBeGreaterThan(10);
  });

  it("asks a retake the questions not yet seen first", () => {
    for (let n = 0; n < 30; n++) {
      const first = drawQuestions(bank, 8, new Map(), `first-${n}`);
      const second = drawQuestions(bank, 8, countTimesSeen([first]), `second-${n}`);
      // 6 questions are still unseen: all of them come back, with every outcome still asked.
      const unseen = bank.map((q) => q.id).filter((id) => !first.includes(id));
      expect(second).toEqual(expect.arrayContaining(unseen));
      expect(outcomesOf(second)).toEqual(new Set([1, 2, 3, 4, 5]));
    }
  });

  it("asks the whole bank when it is no bigger than the draw", () => {
    expect([...drawQuestions(bank.slice(0, 4), 8, new Map(), "x")].sort()).toEqual(["q1", "q2", "q3", "q4"]);
  });

  it("counts how often each question was asked", () => {
    expect(countTimesSeen([["a", "b"], ["b"]])).toEqual(
      new Map([
        ["a", 1],
        ["b", 2],
      ]),
    );
  });
});
