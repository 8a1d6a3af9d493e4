import { describe, expect, it } from "vitest";
import { learnerStatus } from "./status";

const now = new Date("2027-01-15T12:00:00Z");
const days = (n: number) => new Date(now.getTime() + n * 24 * 3600 * 1000);
const none = { dueAt: null, validUntil: null, lastActivityAt: null };

describe("learnerStatus", () => {
  it("not started, then in progress once there is any activity", () => {
    expect(learnerStatus(none, now)).toBe("not-started");
    expect(learnerStatus({ ...none, lastActivityAt: days(-1) }, now)).toBe("in-progress");
  });

  it("overdue once the due date has passed without a current certificate", () => {
    expect(learnerStatus({ ...none, dueAt: days(-1), lastActivityAt: days(-2) }, now)).toBe("overdue");
    expect(learnerStatus({ ...none, dueAt: days(1) }, now)).toBe("not-started");
  });

  it("completed with a current certificate, even past the due date", () => {
    expect(learnerStatus({ ...none, dueAt: days(-10), validUntil: days(200) }, now)).toBe("completed");
  });

  it("expiring within 30 days of the certificate lapsing, expired after", () => {
    expect(learnerStatus({ ...none, validUntil: days(30) }, now)).toBe("expiring");
    expect(learnerStatus({ ...none, validUntil: days(31) }, now)).toBe("completed");
    expect(learnerStatus({ ...none, validUntil: days(-1) }, now)).toBe("expired");
    expect(learnerStatus({ ...none, validUntil: days(-1), dueAt: days(-1) }, now)).toBe("overdue");
  });
});
