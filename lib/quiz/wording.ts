import { createHash } from "node:crypto";
import type { TQuestion } from "../course/types";

/** A question as a review shows it: what was asked, the options with the right ones, and why. */
export type TQuestionWording = Pick<TQuestion, "id" | "type" | "prompt" | "options" | "explanation" | "lessonId">;

export function wordingOf(q: TQuestion): TQuestionWording {
  return {
    id: q.id,
    type: q.type,
    prompt: q.prompt,
    options: q.options,
    explanation: q.explanation,
    lessonId: q.lessonId,
  };
}

// The course's questions are loaded once and never changed in place (a new wording is a new object), so each is
// hashed once: every quiz form and every submission names the wordings of the questions it asks.
const hashes = new WeakMap<TQuestion, string>();

/** Names one wording of a question: any change to what a learner sees or is marked on gives a new hash. */
export function questionHash(q: TQuestion): string {
  let hash = hashes.get(q);
  if (hash === undefined) {
    hash = createHash("sha256")
      .update(JSON.stringify(wordingOf(q)))
      .digest("base64url")
      .slice(0, 32);
    hashes.set(q, hash);
  }
  return hash;
}

/** One short hash of several questions' wordings, in order: signed into a quiz form's token. */
export function wordingsHash(questions: readonly TQuestion[]): string {
  return createHash("sha256").update(questions.map(questionHash).join(",")).digest("base64url").slice(0, 16);
}
