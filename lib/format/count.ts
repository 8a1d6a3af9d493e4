/** "1 person", "3 people": a count with the noun that agrees with it, for messages that say how many. */
export function countOf(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** People counted, the commonest case in trainers' messages. */
export const peopleCount = (n: number) => countOf(n, "person", "people");
