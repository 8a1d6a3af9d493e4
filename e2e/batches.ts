/** Runs `run(0)`…`run(count - 1)`, `width` at a time: enough pressure to find races without starving the server. */
export async function inBatches(count: number, run: (i: number) => Promise<void>, width = 8): Promise<void> {
  for (let i = 0; i < count; i += width)
    await Promise.all(Array.from({ length: Math.min(width, count - i) }, (_, j) => run(i + j)));
}
