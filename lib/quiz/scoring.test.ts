import { describe, expect, it } from "vitest";
import type { TQuiz } from "../course/types";
import { messageFor } from "../errors/messages";
import { checkAnswers, scoreQuiz } from "./scoring";

const quiz: TQuiz = {
  id: "q",
  draw: 3,
  questions: [
    {
      id: "single",
      type: "single",
      prompt: "p",
      explanation: "e",
      sourceIds: [],
      lessonId: "l",
      outcome: 1,
      options: [
        { id: "a", text: "A", correct: true },
        { id: "b", text: "B", correct: false },
      ],
    },
    {
      id: "multi",
      type: "multiple",
      prompt: "p",
      explanation: "e",
      sourceIds: [],
      lessonId: "l",
      outcome: 1,
      options: [
        { id: "a", text: "A", correct: true },
        { id: "b", text: "B", correct: true },
        { id: "c", text: "C", correct: false },
      ],
    },
    {
      id: "tf",
      type: "truefalse",
      prompt: "p",
      explanation: "e",
      sourceIds: [],
      lessonId: "l",
      outcome: 1,
      options: [
        { id: "true", text: "True", correct: false },
        { id: "false", text: "False", correct: true },
      ],
    },
  ],
};
const allRight = { single: ["a"], multi: ["b", "a"], tf: ["false"] };

describe("scoreQuiz", () => {
  it("scores every question right as 100% and a pass", () => {
    const r = scoreQuiz(quiz, allRight, 80);
    expect(r).toMatchObject({ correctCount: 3, questionCount: 3, scorePercent: 100, passed: true });
    expect(r.questions.every((q) => q.correct)).toBe(true);
  });

  it("marks a multiple-select question wrong when a correct option is missed", () => {
    const r = scoreQuiz(quiz, { ...allRight, multi: ["a"] }, 80);
    expect(r.questions.find((q) => q.questionId === "multi")).toMatchObject({
      correct: false,
      correctOptionIds: ["a", "b"],
    });
    expect(r.correctCount).toBe(2);
  });

  it("marks a multiple-select question wrong when a wrong option is added", () => {
    expect(scoreQuiz(quiz, { ...allRight, multi: ["a", "b", "c"] }, 80).correctCount).toBe(2);
  });

  it("rounds the percentage down so a failing score never displays as the pass mark", () => {
    const r = scoreQuiz(quiz, { ...allRight, tf: ["true"] }, 67);
    expect(r.scorePercent).toBe(66);
    expect(r.passed).toBe(false);
  });

  it("passes exactly at the pass mark", () => {
    const five: TQuiz = {
      id: "five",
      draw: 5,
      questions: Array.from({ length: 5 }, (_, i) => ({ ...quiz.questions[0]!, id: `q${i}` })),
    };
    const answers = Object.fromEntries(five.questions.map((q, i) => [q.id, [i < 4 ? "a" : "b"]]));
    expect(scoreQuiz(five, answers, 80)).toMatchObject({ scorePercent: 80, passed: true });
    expect(scoreQuiz(five, answers, 81).passed).toBe(false);
  });

  it("treats a missing answer as wrong", () => {
    expect(scoreQuiz(quiz, { single: ["a"] }, 80)).toMatchObject({ correctCount: 1, passed: false });
  });
});

describe("checkAnswers", () => {
  it("accepts a complete, well-formed set of answers", () => {
    expect(checkAnswers(quiz, allRight)).toEqual([]);
  });

  it("reports unanswered questions by number", () => {
    expect(checkAnswers(quiz, { single: ["a"] }).map((p) => messageFor(p.code, p.params))).toEqual([
      "Question 2 has no answer.",
      "Question 3 has no answer.",
    ]);
  });

  it("rejects two answers to a single-choice question, unknown options and unknown questions", () => {
    const messages = checkAnswers(quiz, { ...allRight, single: ["a", "b"], tf: ["maybe"], extra: ["a"] }).map((p) =>
      messageFor(p.code, p.params),
    );
    expect(messages).toContain('Unknown question "extra".');
    expect(messages).toContain("Question 1 takes one answer only.");
    expect(messages).toContain("Question 3 has an answer that is not one of its options.");
  });
});
