import type { TModule } from "../course/types";
import { shuffleWithSeed } from "./shuffle";

/** What a browser or API client gets of a question: never which options are correct. */
export type TPublicQuestion = { id: string; type: "single" | "multiple" | "truefalse"; prompt: string; options: { id: string; text: string }[] };

/** The module's questions without their answers, options shuffled per form token (true/false keeps its order). */
export function publicQuestions(courseModule: TModule, token: string): TPublicQuestion[] {
  return courseModule.quiz.questions.map((q) => ({
    id: q.id,
    type: q.type,
    prompt: q.prompt,
    options: (q.type === "truefalse" ? q.options : shuffleWithSeed(q.options, `${token}:${q.id}`)).map((o) => ({ id: o.id, text: o.text })),
  }));
}
