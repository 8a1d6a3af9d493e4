import { shuffleWithSeed } from "./shuffle";

type TDrawable = { id: string; outcome: number };

/**
 * The questions one attempt asks: `count` of the bank, at least one for each learning outcome, the
 * questions this learner has seen least often first (so a retake asks new ones while the bank lasts),
 * in an order that depends only on the seed. Pure, so the same seed always draws the same set.
 */
export function drawQuestions(
  bank: readonly TDrawable[],
  count: number,
  timesSeen: ReadonlyMap<string, number>,
  seed: string,
): string[] {
  const seen = (q: TDrawable) => timesSeen.get(q.id) ?? 0;
  // Random among equals, least-seen first (sort is stable, so the shuffle breaks the ties).
  const preference = shuffleWithSeed(bank, `${seed}:pick`).sort((a, b) => seen(a) - seen(b));
  const picked = preference.slice(0, count);
  // An outcome the least-seen questions miss takes the place of the least preferred pick whose outcome is asked twice.
  for (const outcome of shuffleWithSeed([...new Set(bank.map((q) => q.outcome))], `${seed}:outcomes`)) {
    if (picked.some((q) => q.outcome === outcome)) continue;
    const spare = picked.findLastIndex((q) => picked.filter((p) => p.outcome === q.outcome).length > 1);
    if (spare < 0) break;
    picked[spare] = preference.find((q) => q.outcome === outcome)!;
  }
  return shuffleWithSeed(picked, `${seed}:order`).map((q) => q.id);
}

/** How often the learner has been asked each question, from the question ids of their earlier attempts. */
export function countTimesSeen(askedPerAttempt: readonly (readonly string[])[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const asked of askedPerAttempt) for (const id of asked) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}
