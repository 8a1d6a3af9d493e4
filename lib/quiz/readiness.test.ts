import { describe, expect, it } from "vitest";
import { quizReadiness, retakeWait, retakeWaitMessage } from "./readiness";

const now = new Date("2026-12-01T10:00:00Z");
const base = {
  lessonIds: ["a", "b", "c"],
  openedLessonIds: ["a", "b", "c"],
  retakeWaitMinutes: 0,
  lastAttempt: null,
  now,
};
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

describe("quizReadiness", () => {
  it("keeps the quiz closed until every lesson of the module has been opened, naming the ones left in order", () => {
    expect(quizReadiness({ ...base, openedLessonIds: [] })).toEqual({
      open: false,
      reason: "lessons-unopened",
      unopenedLessonIds: ["a", "b", "c"],
    });
    expect(quizReadiness({ ...base, openedLessonIds: ["c", "a"] })).toEqual({
      open: false,
      reason: "lessons-unopened",
      unopenedLessonIds: ["b"],
    });
    expect(quizReadiness(base)).toEqual({ open: true });
  });

  it("opens straight away after a failed attempt when the organisation sets no wait", () => {
    expect(quizReadiness({ ...base, lastAttempt: { passed: false, submittedAt: minutesAgo(1) } })).toEqual({
      open: true,
    });
  });

  it("asks for the organisation's wait after a failed attempt, and only after a failed one", () => {
    const failed = { passed: false, submittedAt: minutesAgo(10) };
    expect(quizReadiness({ ...base, retakeWaitMinutes: 30, lastAttempt: failed })).toEqual({
      open: false,
      reason: "retake-wait",
      availableAt: minutesAgo(-20),
    });
    expect(quizReadiness({ ...base, retakeWaitMinutes: 10, lastAttempt: failed })).toEqual({ open: true });
    expect(
      quizReadiness({ ...base, retakeWaitMinutes: 30, lastAttempt: { passed: true, submittedAt: minutesAgo(1) } }),
    ).toEqual({ open: true });
    expect(retakeWait({ retakeWaitMinutes: 30, lastAttempt: null, now })).toBeNull();
    // Rounded up to the minute the learner is told.
    expect(
      retakeWait({
        retakeWaitMinutes: 30,
        lastAttempt: { passed: false, submittedAt: new Date("2026-12-01T09:59:20Z") },
        now,
      }),
    ).toEqual({ open: false, reason: "retake-wait", availableAt: new Date("2026-12-01T10:30:00Z") });
  });

  it("asks for unopened lessons before the wait", () => {
    expect(
      quizReadiness({
        ...base,
        openedLessonIds: ["a"],
        retakeWaitMinutes: 30,
        lastAttempt: { passed: false, submittedAt: minutesAgo(1) },
      }),
    ).toMatchObject({ reason: "lessons-unopened" });
  });
});

describe("retakeWaitMessage", () => {
  it("gives the time in UK time, with the day when it is not today", () => {
    expect(retakeWaitMessage(new Date("2026-12-01T10:30:00Z"), now, "en-GB")).toContain("from 10:30.");
    expect(retakeWaitMessage(new Date("2026-07-01T10:30:00Z"), new Date("2026-07-01T09:00:00Z"), "en-GB")).toContain(
      "from 11:30.",
    );
    expect(retakeWaitMessage(new Date("2026-12-02T09:00:00Z"), now, "en-GB")).toContain(
      "from 09:00 on Wednesday 2 December.",
    );
  });

  it("tells a Welsh reader in Welsh, the day named in Welsh", () => {
    const today = retakeWaitMessage(new Date("2026-12-01T10:30:00Z"), now, "cy");
    expect(today).toContain("Mae eich sefydliad yn gofyn i chi aros");
    expect(today).toContain("gallwch ei ailsefyll o 10:30.");
    const tomorrow = retakeWaitMessage(new Date("2026-12-02T09:00:00Z"), now, "cy");
    expect(tomorrow).toContain("gallwch ei ailsefyll o 09:00, Dydd Mercher, 2 Rhagfyr.");
    expect(tomorrow).not.toMatch(/Wednesday| on /);
  });
});
