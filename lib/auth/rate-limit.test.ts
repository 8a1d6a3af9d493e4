import { describe, expect, it } from "vitest";
import { isLimited } from "./rate-limit";

const now = new Date("2027-01-01T12:00:00Z");
const ago = (minutes: number, succeeded = false) => ({
  succeeded,
  createdAt: new Date(now.getTime() - minutes * 60_000),
});

describe("isLimited", () => {
  it("allows four failures and stops the fifth", () => {
    expect(isLimited([ago(1), ago(2), ago(3), ago(4)], 5, now)).toBe(false);
    expect(isLimited([ago(1), ago(2), ago(3), ago(4), ago(5)], 5, now)).toBe(true);
  });

  it("forgets failures older than the window", () => {
    expect(isLimited([ago(1), ago(2), ago(3), ago(4), ago(16)], 5, now)).toBe(false);
  });

  it("starts counting again after a successful sign-in", () => {
    expect(isLimited([ago(1), ago(2), ago(3, true), ago(4), ago(5), ago(6)], 5, now)).toBe(false);
  });
});
