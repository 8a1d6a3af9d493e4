import { describe, expect, it } from "vitest";
import { inIdBatches } from "./in-batches";

describe("inIdBatches", () => {
  it("asks for every id once, in batches no larger than asked, and gives all the rows", async () => {
    const ids = Array.from({ length: 1201 }, (_, i) => `id${i}`);
    const batches: unknown[][] = [];
    const rows = await inIdBatches([...ids, "id5", "id700"], async (batch) => {
      batches.push(batch.values);
      return batch.values.map((v) => ({ id: v }));
    });
    expect(batches.map((b) => b.length)).toEqual([500, 500, 201]);
    expect(rows.map((r) => r.id)).toEqual(ids);
    expect(batches.flat()).toEqual(ids);
  });

  it("writes a batch as a list for IN (…), with one parameter an id", async () => {
    await inIdBatches(["a", "b"], async (batch) => {
      expect(batch.sql).toBe("?,?");
      expect(batch.values).toEqual(["a", "b"]);
      return [];
    });
  });

  it("reads nothing when there are no ids", async () => {
    let calls = 0;
    expect(await inIdBatches([], async () => (calls++, [1]))).toEqual([]);
    expect(calls).toBe(0);
  });

  it("takes a smaller batch size", async () => {
    const sizes: number[] = [];
    await inIdBatches(["a", "b", "c"], async (batch) => (sizes.push(batch.values.length), []), 2);
    expect(sizes).toEqual([2, 1]);
  });
});
