import type { TModule, TQuestion } from "../course/types";
import { shuffleWithSeed } from "./shuffle";

/** What a browser or API client gets of a question: never which options are correct. */
export type TPublicQuestion = {
  id: string;
  type: "single" | "multiple" | "truefalse";
  prompt: string;
  options: { id: string; text: string }[];
};

/** The bank's questions with these ids, in this order; null when one is no longer in the bank. */
export function questionsByIds(courseModule: TModule, questionIds: readonly string[]): TQuestion[] | null {
  const questions = questionIds.map((id) => courseModule.quiz.questions.find((q) => q.id === id));
  return questions.every((q) => q !== undefined) ? questions : null;
}

/** The drawn questions without their answers, options shuffled per form token (true/false keeps its order). */
export function publicQuestions(questions: readonly TQuestion[], token: string): TPublicQuestion[] {
  return questions.map((q) => ({
    id: q.id,
    type: q.type,
    prompt: q.prompt,
    options: (q.type === "truefalse" ? q.options : shuffleWithSeed(q.options, `${token}:${q.id}`)).map((o) => ({
      id: o.id,
      text: o.text,
    })),
  }));
}
