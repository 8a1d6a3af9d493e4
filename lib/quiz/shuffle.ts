import { createHash } from "node:crypto";

/**
 * The options in an order that depends only on the seed: each quiz form shows its own order (so the
 * right answer's position gives nothing away) and a reload of the same form shows the same order.
 */
export function shuffleWithSeed<T>(items: readonly T[], seed: string): T[] {
  const result = [...items];
  let counter = 0;
  const random = () => createHash("sha256").update(`${seed}:${counter++}`).digest().readUInt32BE(0) / 2 ** 32;
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}
