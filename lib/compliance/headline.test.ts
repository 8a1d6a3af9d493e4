import { describe, expect, it } from "vitest";
import type { TLearnerStatus } from "../enrolments/status";
import { describeExpiringSoon, headlineFigures } from "./headline";

const counts = (c: Partial<Record<TLearnerStatus, number>>): Record<TLearnerStatus, number> => ({
  completed: 0,
  expiring: 0,
  overdue: 0,
  expired: 0,
  "in-progress": 0,
  "not-started": 0,
  ...c,
});

describe("headlineFigures", () => {
  it("counts a certificate that expires soon as completed, and those apart too", () => {
    const h = headlineFigures(counts({ completed: 2, expiring: 1, overdue: 1, "not-started": 2 }));
    expect(h).toMatchObject({ total: 6, completed: 3, expiringSoon: 1, overdue: 1, notStarted: 2 });
    expect(h.completionPercent).toBe(50);
    expect(describeExpiringSoon(h)).toBe("of whom 1 expires within 30 days");
  });

  it("rounds the share down, and is 0% of nobody", () => {
    expect(headlineFigures(counts({ completed: 199, overdue: 1 })).completionPercent).toBe(99);
    expect(headlineFigures(counts({})).completionPercent).toBe(0);
    expect(describeExpiringSoon({ expiringSoon: 0, expiringWithinDays: 30 })).toBe("of whom 0 expire within 30 days");
  });
});
