import { describe, expect, it } from "vitest";
import { contactsReviewState, describeContactsReview, describeLastReviewed } from "./contacts-review";

const now = new Date("2026-03-10T12:00:00Z");

describe("the safeguarding contacts' last review", () => {
  it("is current within 12 months, then due", () => {
    expect(contactsReviewState(new Date("2026-03-03T09:00:00Z"), now)).toBe("current");
    expect(contactsReviewState(new Date("2025-03-11T09:00:00Z"), now)).toBe("current");
    expect(contactsReviewState(new Date("2025-03-09T09:00:00Z"), now)).toBe("overdue");
    expect(contactsReviewState(null, now)).toBe("never");
  });

  it("says when, and by whom where known, in UK form", () => {
    const reviewedAt = new Date("2026-03-03T09:00:00Z");
    expect(describeContactsReview(reviewedAt, now)).toBe("Contacts last reviewed on 3 March 2026.");
    expect(describeLastReviewed({ reviewedAt, reviewedBy: "Dana Lead" }, now)).toBe(
      "Last reviewed 3 March 2026 by Dana Lead.",
    );
    expect(describeLastReviewed({ reviewedAt, reviewedBy: null }, now)).toBe("Last reviewed 3 March 2026.");
  });

  it("says plainly when they were never reviewed, or not for over a year", () => {
    expect(describeContactsReview(null, now)).toMatch(/never been reviewed/);
    expect(describeContactsReview(new Date("2024-12-01T09:00:00Z"), now)).toBe(
      "Contacts last reviewed on 1 December 2024, more than 12 months ago: they are due for review.",
    );
    expect(describeLastReviewed({ reviewedAt: null, reviewedBy: null }, now)).toMatch(/^Not reviewed yet\./);
    expect(describeLastReviewed({ reviewedAt: new Date("2024-12-01T09:00:00Z"), reviewedBy: "Ann" }, now)).toMatch(
      /more than 12 months ago/,
    );
  });
});
