import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabase } from "../testing/test-database";

const database = testDatabase("throttle");
let db: typeof import("../db/client").db;
let takeThrottle: typeof import("./throttle").takeThrottle;
let keyedHash: typeof import("./keyed-hash").keyedHash;

beforeAll(async () => {
  await database.migrate();
  [{ db }, { takeThrottle }, { keyedHash }] = await Promise.all([
    import("../db/client"),
    import("./throttle"),
    import("./keyed-hash"),
  ]);
});
afterAll(async () => {
  await db?.$disconnect();
  await database.drop();
});

const LIMIT = { max: 3, windowMinutes: 60 };
const at = (minutes: number) => new Date(Date.UTC(2027, 0, 1, 12, 0) + minutes * 60_000);

describe("takeThrottle", () => {
  it("allows max uses in the window, refuses the rest without counting them, and allows again as the window moves on", async () => {
    const key = keyedHash("user", "someone");
    const results = [];
    for (let i = 0; i < 6; i++) results.push(await takeThrottle("test:a", key, LIMIT, at(i)));
    expect(results).toEqual([true, true, true, false, false, false]);
    // Refused uses were not kept: the first allowed use leaves the window after 60 minutes.
    expect(await takeThrottle("test:a", key, LIMIT, at(60))).toBe(true);
    expect(await takeThrottle("test:a", key, LIMIT, at(60.5))).toBe(false);
    // Other keys and buckets are counted apart.
    expect(await takeThrottle("test:a", keyedHash("user", "someone else"), LIMIT, at(5))).toBe(true);
    expect(await takeThrottle("test:b", key, LIMIT, at(5))).toBe(true);
  });

  it("never lets concurrent requests exceed the limit", async () => {
    const key = keyedHash("user", "busy");
    const now = at(200);
    const results = await Promise.all(Array.from({ length: 15 }, () => takeThrottle("test:c", key, LIMIT, now)));
    expect(results.filter(Boolean).length).toBeLessThanOrEqual(3);
  });

  it("stores keyed hashes, never the identifier", async () => {
    await takeThrottle("test:d", keyedHash("address", "203.0.113.9"), LIMIT);
    const rows = await db.rateLimitEvent.findMany({ where: { bucket: "test:d" } });
    expect(JSON.stringify(rows)).not.toContain("203.0.113.9");
    expect(rows[0]!.key).toMatch(/^[0-9a-f]{64}$/);
  });
});
