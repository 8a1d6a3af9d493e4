import { describe, expect, it } from "vitest";
import { createSubmissionToken, readSubmissionToken } from "./submission-token";

const secret = "s".repeat(40);

describe("submission tokens", () => {
  it("round-trips the id and start time for the same user and module", () => {
    const started = new Date("2026-11-22T10:00:00Z");
    const token = createSubmissionToken("user-1", "scale", secret, started);
    const read = readSubmissionToken(token, "user-1", "scale", secret);
    expect(read?.startedAt.toISOString()).toBe(started.toISOString());
    expect(read?.submissionId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("gives every form a different id", () => {
    expect(createSubmissionToken("u", "m", secret)).not.toBe(createSubmissionToken("u", "m", secret));
  });

  it("rejects a token issued to another user, another module, or tampered with", () => {
    const token = createSubmissionToken("user-1", "scale", secret);
    expect(readSubmissionToken(token, "user-2", "scale", secret)).toBeNull();
    expect(readSubmissionToken(token, "user-1", "grooming", secret)).toBeNull();
    expect(readSubmissionToken(token.replace(/\.(\d)/, ".9$1"), "user-1", "scale", secret)).toBeNull();
    expect(readSubmissionToken("garbage", "user-1", "scale", secret)).toBeNull();
  });
});
