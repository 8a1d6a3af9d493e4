import { describe, expect, it } from "vitest";
import { contactsReviewState } from "./contacts-review";

const now = new Date("2026-03-10T12:00:00Z");

describe("the safeguarding contacts' last review", () => {
  it("is current within 12 months, then due", () => {
    expect(contactsReviewState(new Date("2026-03-03T09:00:00Z"), now)).toBe("current");
    expect(contactsReviewState(new Date("2025-03-11T09:00:00Z"), now)).toBe("current");
    expect(contactsReviewState(new Date("2025-03-09T09:00:00Z"), now)).toBe("overdue");
    expect(contactsReviewState(null, now)).toBe("never");
  });
});
