import { describe, expect, it } from "vitest";
import { isSessionCurrent, SESSION_SECONDS } from "./session-policy";

const now = 1_800_000_000;

describe("isSessionCurrent", () => {
  it("accepts a token of the person's current version signed in within the session's lifetime", () => {
    expect(isSessionCurrent({ sessionVersion: 3, authTime: now - 60 }, 3, now)).toBe(true);
    expect(isSessionCurrent({ sessionVersion: 0, authTime: now - SESSION_SECONDS + 1 }, 0, now)).toBe(true);
  });

  it("refuses a token from before the person's sessions were ended", () => {
    expect(isSessionCurrent({ sessionVersion: 2, authTime: now - 60 }, 3, now)).toBe(false);
  });

  it("refuses a token signed in longer ago than the absolute limit, however it was renewed", () => {
    expect(isSessionCurrent({ sessionVersion: 0, authTime: now - SESSION_SECONDS }, 0, now)).toBe(false);
    expect(isSessionCurrent({ sessionVersion: 0, authTime: now - 30 * 24 * 3600 }, 0, now)).toBe(false);
  });

  it("refuses tokens without the claims (issued before this rule) or with nonsense in them", () => {
    expect(isSessionCurrent({}, 0, now)).toBe(false);
    expect(isSessionCurrent({ sessionVersion: "0", authTime: now }, 0, now)).toBe(false);
    expect(isSessionCurrent({ sessionVersion: 0, authTime: Number.NaN }, 0, now)).toBe(false);
    expect(isSessionCurrent({ sessionVersion: 0, authTime: now + 3600 }, 0, now)).toBe(false);
  });
});
