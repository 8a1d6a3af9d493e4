import { describe, expect, it } from "vitest";
import { addMonths, statisticsReviewStale } from "./review";

describe("review dates", () => {
  it("adds months, clamping the day to the month's end", () => {
    expect(addMonths("2026-11-22", 12)).toBe("2027-11-22");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
  });

  it("calls statisticsReviewed stale only after 12 months", () => {
    expect(statisticsReviewStale("2026-11-22", "2027-11-22")).toBe(false);
    expect(statisticsReviewStale("2026-11-22", "2027-11-23")).toBe(true);
  });
});
