import { describe, expect, it } from "vitest";
import { DEFAULT_MAX_WORKERS, shouldRestart, workerCount } from "./concurrency";

describe("workerCount", () => {
  it("runs one process per core when WEB_CONCURRENCY is unset, up to the default maximum", () => {
    expect(workerCount(undefined, 2)).toEqual({ ok: true, workers: 2 });
    expect(workerCount("", 1)).toEqual({ ok: true, workers: 1 });
    expect(workerCount(undefined, 64)).toEqual({ ok: true, workers: DEFAULT_MAX_WORKERS });
    expect(workerCount(undefined, 0)).toEqual({ ok: true, workers: 1 });
  });

  it("takes WEB_CONCURRENCY when it is a sensible whole number", () => {
    expect(workerCount("1", 8)).toEqual({ ok: true, workers: 1 });
    expect(workerCount(" 6 ", 2)).toEqual({ ok: true, workers: 6 });
  });

  it("refuses a value that is not a whole number of processes, saying what it should be", () => {
    for (const bad of ["0", "-2", "two", "1.5", "1e3", "100"]) {
      const result = workerCount(bad, 2);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toContain("WEB_CONCURRENCY must be a whole number");
    }
  });
});

describe("shouldRestart", () => {
  it("replaces a worker that died, unless workers keep dying within a minute", () => {
    const now = 1_000_000;
    expect(shouldRestart([], now)).toBe(true);
    expect(shouldRestart([now - 1000, now - 2000, now - 3000, now - 4000], now)).toBe(true);
    expect(shouldRestart([now - 1000, now - 2000, now - 3000, now - 4000, now - 5000], now)).toBe(false);
    // Old exits no longer count.
    expect(shouldRestart([now - 61_000, now - 62_000, now - 63_000, now - 64_000, now - 65_000], now)).toBe(true);
  });
});
