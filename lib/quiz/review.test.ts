import { describe, expect, it } from "vitest";
import type { TQuestion } from "../course/types";
import { reviewItems } from "./review";
import { questionHash, wordingOf } from "./wording";

const question = (id: string, prompt: string): TQuestion => ({
  id,
  type: "single",
  prompt,
  explanation: "Why.",
  sourceIds: [],
  lessonId: "l",
  outcome: 1,
  options: [
    { id: "a", text: "Tell the DSL", correct: true },
    { id: "b", text: "Wait and see", correct: false },
  ],
});

describe("an attempt's review", () => {
  const q1 = question("q1", "A pupil shows you a message.");
  const q2 = question("q2", "A parent emails you.");
  const q3 = question("q3", "A colleague jokes.");

  it("shows only the questions the attempt asked, in the bank's order, in their current wording when unchanged", () => {
    const answers = {
      q3: { selected: ["a"], correct: true, v: questionHash(q3) },
      q1: { selected: ["b"], correct: false, v: questionHash(q1) },
    };
    const { items, missing } = reviewItems([q1, q2, q3], answers, new Map());
    expect(items.map((i) => [i.question.id, i.reworded])).toEqual([
      ["q1", false],
      ["q3", false],
    ]);
    expect(missing).toBe(0);
  });

  it("shows a question reworded or retired since as it was asked, from its kept wording", () => {
    const asAsked = question("q2", "A parent emails you about a game.");
    const answers = {
      q2: { selected: ["a"], correct: true, v: questionHash(asAsked) },
      q9: { selected: ["b"], correct: false, v: "gone" },
    };
    const retired = { ...wordingOf(question("q9", "A retired question.")) };
    const { items } = reviewItems(
      [q1, q2, q3],
      answers,
      new Map([
        [questionHash(asAsked), wordingOf(asAsked)],
        ["gone", retired],
      ]),
    );
    expect(items.map((i) => [i.question.prompt, i.reworded])).toEqual([
      ["A parent emails you about a game.", true],
      ["A retired question.", true],
    ]);
  });

  it("falls back to the current wording for attempts made before wordings were kept, and counts what cannot be shown", () => {
    const answers = { q1: { selected: ["a"], correct: true }, q9: { selected: ["a"], correct: true } };
    const { items, missing } = reviewItems([q1, q2], answers, new Map());
    expect(items.map((i) => i.question.prompt)).toEqual([q1.prompt]);
    expect(missing).toBe(1);
  });
});
