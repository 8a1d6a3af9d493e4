import { describe, expect, it } from "vitest";
import { createVersionedCache } from "./figures-cache";

const at = (seconds: number) => new Date(Date.UTC(2026, 11, 2, 12, 0, seconds));

function counter() {
  let calls = 0;
  return {
    get calls() {
      return calls;
    },
    compute: async () => ++calls,
  };
}

describe("createVersionedCache", () => {
  it("gives the kept value while the version stands and the TTL has not run out", async () => {
    const cache = createVersionedCache<number>({ ttlMs: 30_000, maxEntries: 10 });
    const c = counter();
    expect(await cache.get("org", 5, at(0), c.compute)).toBe(1);
    expect(await cache.get("org", 5, at(29), c.compute)).toBe(1);
    expect(c.calls).toBe(1);
  });

  it("computes again once the version moves, or the value is as old as the TTL, or asked about an earlier time", async () => {
    const cache = createVersionedCache<number>({ ttlMs: 30_000, maxEntries: 10 });
    const c = counter();
    await cache.get("org", 5, at(0), c.compute);
    expect(await cache.get("org", 6, at(1), c.compute)).toBe(2);
    expect(await cache.get("org", 6, at(31), c.compute)).toBe(3);
    expect(await cache.get("org", 6, at(20), c.compute)).toBe(4);
  });

  it("keeps each key apart", async () => {
    const cache = createVersionedCache<string>({ ttlMs: 30_000, maxEntries: 10 });
    await cache.get("admin", 1, at(0), async () => "everyone");
    expect(await cache.get("trainer of reception", 1, at(0), async () => "reception")).toBe("reception");
    expect(await cache.get("admin", 1, at(0), async () => "recomputed")).toBe("everyone");
  });

  it("shares one computation between callers asking at the same time", async () => {
    const cache = createVersionedCache<number>({ ttlMs: 30_000, maxEntries: 10 });
    const c = counter();
    const answers = await Promise.all([1, 2, 3].map(() => cache.get("org", 1, at(0), c.compute)));
    expect(answers).toEqual([1, 1, 1]);
    expect(c.calls).toBe(1);
  });

  it("does not keep a computation that failed", async () => {
    const cache = createVersionedCache<number>({ ttlMs: 30_000, maxEntries: 10 });
    await expect(cache.get("org", 1, at(0), () => Promise.reject(new Error("database gone")))).rejects.toThrow();
    expect(await cache.get("org", 1, at(0), async () => 7)).toBe(7);
  });

  it("holds at most maxEntries, dropping the least recently used", async () => {
    const cache = createVersionedCache<string>({ ttlMs: 30_000, maxEntries: 2 });
    await cache.get("a", 1, at(0), async () => "a");
    await cache.get("b", 1, at(0), async () => "b");
    await cache.get("a", 1, at(1), async () => "a again"); // a is now the most recently used
    await cache.get("c", 1, at(2), async () => "c");
    expect(cache.size).toBe(2);
    expect(await cache.get("a", 1, at(3), async () => "a recomputed")).toBe("a");
    expect(await cache.get("b", 1, at(3), async () => "b recomputed")).toBe("b recomputed");
  });
});
