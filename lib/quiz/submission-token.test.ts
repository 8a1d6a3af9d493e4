import { describe, expect, it } from "vitest";
import type { TQuestion } from "../course/types";
import { createSubmissionToken, MAX_SUBMISSION_TOKEN_LENGTH, readSubmissionToken } from "./submission-token";
import { wordingsHash } from "./wording";

const secret = "s".repeat(40);
const question = (id: string, prompt = `Prompt ${id}`): TQuestion => ({
  id,
  type: "truefalse",
  prompt,
  explanation: "E",
  sourceIds: [],
  lessonId: "l",
  outcome: 1,
  options: [
    { id: "true", text: "True", correct: true },
    { id: "false", text: "False", correct: false },
  ],
});
const asked = [question("scale-q3"), question("scale-q11"), question("scale-q1")];

describe("submission tokens", () => {
  it("round-trips the id, start time and the questions asked, in order, for the same user and module", () => {
    const started = new Date("2026-11-22T10:00:00Z");
    const token = createSubmissionToken("user-1", "course-a", "scale", asked, secret, started);
    const read = readSubmissionToken(token, "user-1", "course-a", "scale", secret);
    expect(read?.startedAt.toISOString()).toBe(started.toISOString());
    expect(read?.submissionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(read?.questionIds).toEqual(["scale-q3", "scale-q11", "scale-q1"]);
    expect(read?.wording).toBe(wordingsHash(asked));
    expect(wordingsHash([question("scale-q3", "Reworded"), ...asked.slice(1)])).not.toBe(read?.wording);
  });

  it("fits a large draw with long ids within the length a submission may have", () => {
    const large = Array.from({ length: 60 }, (_, i) =>
      question(`a-forty-character-question-id-number-${String(i).padStart(3, "0")}`),
    );
    const token = createSubmissionToken("user-1", "course-a", "final-assessment", large, secret);
    expect(token.length).toBeLessThanOrEqual(MAX_SUBMISSION_TOKEN_LENGTH);
    expect(readSubmissionToken(token, "user-1", "course-a", "final-assessment", secret)?.questionIds).toHaveLength(60);
  });

  it("gives every form a different id", () => {
    expect(createSubmissionToken("u", "course-a", "m", asked, secret)).not.toBe(
      createSubmissionToken("u", "course-a", "m", asked, secret),
    );
  });

  it("rejects a token made for another course, even for a module of the same id", () => {
    const token = createSubmissionToken("user-1", "course-a", "scale", asked, secret);
    expect(readSubmissionToken(token, "user-1", "course-a", "scale", secret)).not.toBeNull();
    expect(readSubmissionToken(token, "user-1", "course-b", "scale", secret)).toBeNull();
  });

  it("rejects a token issued to another user, another module, with other questions, or tampered with", () => {
    const token = createSubmissionToken("user-1", "course-a", "scale", asked, secret);
    expect(readSubmissionToken(token, "user-2", "course-a", "scale", secret)).toBeNull();
    expect(readSubmissionToken(token, "user-1", "course-a", "grooming", secret)).toBeNull();
    expect(readSubmissionToken(token.replace(/\.(\d)/, ".9$1"), "user-1", "course-a", "scale", secret)).toBeNull();
    const [id, started, , wording, signature] = token.split(".");
    const easier = Buffer.from("scale-q1,scale-q2").toString("base64url");
    expect(
      readSubmissionToken([id, started, easier, wording, signature].join("."), "user-1", "course-a", "scale", secret),
    ).toBeNull();
    expect(readSubmissionToken("garbage", "user-1", "course-a", "scale", secret)).toBeNull();
  });
});
