import { describe, expect, it } from "vitest";
import { currentCycle } from "../certificates/renewal";
import { countPassedModules, getModuleStandings, isPassedInCycle, type TModuleRecord } from "./standing";

const d = (iso: string) => new Date(iso);
const MODULES = ["one", "two", "three"];
// Completed a year ago; the certificate expires on 1 December, so renewal opened on 1 November.
const latest = { completedAt: d("2025-12-01T10:00:00Z"), expiresAt: d("2026-12-01T10:00:00Z"), cycleKey: "initial" };
const now = d("2026-11-23T12:00:00Z");
const renewal = currentCycle(latest, now);
const record = (moduleId: string, at: string, passed: boolean, bestScore = 90): TModuleRecord => ({
  moduleId,
  bestScore,
  attemptCount: 2,
  lastPassedAt: passed ? d(at) : null,
  lastActivityAt: d(at),
});

describe("isPassedInCycle", () => {
  it("counts a pass on or after the cycle's start, and nothing else", () => {
    const start = d("2026-11-01T10:00:00Z");
    expect(isPassedInCycle(d("2026-11-01T10:00:00Z"), start)).toBe(true);
    expect(isPassedInCycle(d("2026-11-20T10:00:00Z"), start)).toBe(true);
    expect(isPassedInCycle(d("2026-10-31T23:59:59Z"), start)).toBe(false);
    expect(isPassedInCycle(null, start)).toBe(false);
    expect(isPassedInCycle(undefined, start)).toBe(false);
  });
});

describe("getModuleStandings", () => {
  it("before any completion, counts every pass", () => {
    const initial = currentCycle(null, now);
    const standings = getModuleStandings(
      MODULES,
      [record("one", "2024-01-01T00:00:00Z", true), record("two", "2026-11-20T00:00:00Z", false, 50)],
      initial.start,
    );
    expect(standings).toEqual([
      { moduleId: "one", passed: true, bestScore: 90, attemptCount: 2 },
      { moduleId: "two", passed: false, bestScore: 50, attemptCount: 2 },
      { moduleId: "three", passed: false, bestScore: null, attemptCount: 0 },
    ]);
    expect(countPassedModules(standings)).toBe(1);
  });

  it("in renewal, a module passed only last cycle is not passed (nor started), and one passed again is", () => {
    expect(renewal).toMatchObject({ state: "open", renewal: true, start: d("2026-11-01T10:00:00Z") });
    const standings = getModuleStandings(
      MODULES,
      [
        record("one", "2025-11-20T10:00:00Z", true),
        record("two", "2026-11-15T10:00:00Z", true),
        record("three", "2025-11-25T10:00:00Z", true),
      ],
      renewal.start,
    );
    expect(standings.map((s) => [s.moduleId, s.passed, s.bestScore])).toEqual([
      ["one", false, null],
      ["two", true, 90],
      ["three", false, null],
    ]);
    expect(countPassedModules(standings)).toBe(1);
  });

  it("in renewal, a module attempted but failed this cycle shows its attempts, not a pass", () => {
    // Passed last year, failed again this month: lastPassedAt stays last year's, activity is this cycle's.
    const failedAgain: TModuleRecord = {
      moduleId: "one",
      bestScore: 95,
      attemptCount: 3,
      lastPassedAt: d("2025-11-20T10:00:00Z"),
      lastActivityAt: d("2026-11-10T10:00:00Z"),
    };
    const [one] = getModuleStandings(MODULES, [failedAgain], renewal.start);
    expect(one).toEqual({ moduleId: "one", passed: false, bestScore: 95, attemptCount: 3 });
  });

  it("once completed and not yet due for renewal, the completed cycle's passes all count", () => {
    const completed = currentCycle(latest, d("2026-06-01T00:00:00Z"));
    const standings = getModuleStandings(
      MODULES,
      MODULES.map((m) => record(m, "2025-11-30T10:00:00Z", true)),
      completed.start,
    );
    expect(countPassedModules(standings)).toBe(3);
  });

  it("follows the course's modules: order from the course, records of retired modules ignored", () => {
    const standings = getModuleStandings(
      ["three", "one"],
      [record("one", "2026-11-20T00:00:00Z", true), record("retired", "2026-11-20T00:00:00Z", true)],
      renewal.start,
    );
    expect(standings.map((s) => s.moduleId)).toEqual(["three", "one"]);
    expect(countPassedModules(standings)).toBe(1);
  });
});
