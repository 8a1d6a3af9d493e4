import { describe, expect, it } from "vitest";
import { createSubmissionToken, readSubmissionToken } from "./submission-token";

const secret = "s".repeat(40);
const asked = ["scale-q3", "scale-q11", "scale-q1"];

describe("submission tokens", () => {
  it("round-trips the id, start time and the questions asked, in order, for the same user and module", () => {
    const started = new Date("2026-11-22T10:00:00Z");
    const token = createSubmissionToken("user-1", "scale", asked, secret, started);
    const read = readSubmissionToken(token, "user-1", "scale", secret);
    expect(read?.startedAt.toISOString()).toBe(started.toISOString());
    expect(read?.submissionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(read?.questionIds).toEqual(asked);
  });

  it("gives every form a different id", () => {
    expect(createSubmissionToken("u", "m", asked, secret)).not.toBe(createSubmissionToken("u", "m", asked, secret));
  });

  it("rejects a token issued to another user, another module, with other questions, or tampered with", () => {
    const token = createSubmissionToken("user-1", "scale", asked, secret);
    expect(readSubmissionToken(token, "user-2", "scale", secret)).toBeNull();
    expect(readSubmissionToken(token, "user-1", "grooming", secret)).toBeNull();
    expect(readSubmissionToken(token.replace(/\.(\d)/, ".9$1"), "user-1", "scale", secret)).toBeNull();
    const [id, started, , signature] = token.split(".");
    const easier = Buffer.from("scale-q1,scale-q2").toString("base64url");
    expect(readSubmissionToken([id, started, easier, signature].join("."), "user-1", "scale", secret)).toBeNull();
    expect(readSubmissionToken("garbage", "user-1", "scale", secret)).toBeNull();
  });
});
