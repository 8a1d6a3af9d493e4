import { describe, expect, it } from "vitest";
import type { TLesson, TModule, TQuestion } from "../course/types";
import { summariseItems } from "./item-stats";

const lesson: TLesson = {
  id: "l1",
  moduleId: "m",
  title: "Lesson one",
  estimatedMinutes: 3,
  markdown: "",
  html: "",
  sourceIds: [],
};
const question = (id: string): TQuestion => ({
  id,
  type: "single",
  prompt: `Prompt ${id}`,
  explanation: "E",
  sourceIds: [],
  lessonId: "l1",
  outcome: 1,
  options: [
    { id: "a", text: "Right", correct: true },
    { id: "b", text: "Tempting", correct: false },
    { id: "c", text: "Rare", correct: false },
  ],
});
const m: TModule = {
  id: "m",
  title: "M",
  summary: "S",
  estimatedMinutes: 5,
  passMark: 80,
  learningOutcomes: ["O"],
  lessons: [lesson],
  quiz: { id: "q", draw: 4, questions: ["q1", "q2", "q3", "q4"].map(question) },
};
const find = (id: string) => (id === "l1" ? lesson : undefined);

describe("summariseItems", () => {
  const result = summariseItems(
    [m],
    [
      { moduleId: "m", questionId: "q1", answered: 10, people: 6, correct: 4 },
      { moduleId: "m", questionId: "q2", answered: 20, people: 20, correct: 20 },
      { moduleId: "m", questionId: "q3", answered: 9, people: 3, correct: 0 },
      { moduleId: "m", questionId: "gone", answered: 9, people: 9, correct: 1 },
    ],
    [
      { questionId: "q1", selected: ["c"], count: 2 },
      { questionId: "q1", selected: ["b"], count: 4 },
    ],
    find,
  );
  const stats = Object.fromEntries(result.modules[0]!.questions.map((s) => [s.question.id, s]));

  it("gives each question's share of right answers and the wrong answer chosen most, in the learner's words, with its lesson", () => {
    expect(stats.q1).toMatchObject({
      answered: 10,
      correctPercent: 40,
      commonWrong: { text: "Tempting", count: 4 },
      flag: null,
    });
    expect(stats.q1!.lesson?.title).toBe("Lesson one");
    expect(stats.q4).toMatchObject({ answered: 0, correctPercent: 0, commonWrong: null, flag: null });
  });

  it("withholds a question's figures when fewer than five people answered it, however many attempts they made", () => {
    expect(stats.q3).toMatchObject({
      answered: 9,
      people: 3,
      shown: false,
      correctPercent: 0,
      commonWrong: null,
      flag: null,
    });
  });

  it("flags a question almost everyone gets right", () => {
    expect(stats.q2!.flag).toBe("almost-all-right");
  });

  it("ranks the hardest questions that have enough answers, and ignores questions no longer in the course", () => {
    expect(result.hardest.map((s) => s.question.id)).toEqual(["q1", "q2"]);
  });
});
