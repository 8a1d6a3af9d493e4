import type { TQuestion } from "../course/types";
import type { TStoredAnswers } from "./attempts";
import { questionHash, wordingOf, type TQuestionWording } from "./wording";

export type TReviewItem = { question: TQuestionWording; given: TStoredAnswers[string]; reworded: boolean };

/**
 * The questions an attempt asked, each as the learner saw it: the bank's current wording when it has not
 * changed, otherwise the wording kept when it was asked. In the bank's order; retired questions last.
 * `missing` counts questions that can no longer be shown (retired before wordings were kept).
 */
export function reviewItems(
  bank: readonly TQuestion[],
  answers: TStoredAnswers,
  wordings: ReadonlyMap<string, TQuestionWording>,
): { items: TReviewItem[]; missing: number } {
  const position = new Map(bank.map((q, i) => [q.id, i]));
  const items: { item: TReviewItem; order: number }[] = [];
  let missing = 0;
  for (const [id, given] of Object.entries(answers)) {
    const current = bank.find((q) => q.id === id);
    const kept = given.v ? wordings.get(given.v) : undefined;
    if (current && (!given.v || questionHash(current) === given.v || !kept))
      items.push({ item: { question: wordingOf(current), given, reworded: false }, order: position.get(id)! });
    else if (kept)
      items.push({ item: { question: kept, given, reworded: true }, order: position.get(id) ?? bank.length });
    else missing++;
  }
  items.sort((a, b) => a.order - b.order);
  return { items: items.map(({ item }) => item), missing };
}
