import { describe, expect, it } from "vitest";
import type { TAttemptRefusal } from "./attempts";
import { attemptRefusalMessage } from "./refusal-message";

const now = new Date("2026-12-01T10:00:00Z");

describe("a refused quiz submission in words", () => {
  it("words the refusal and each answer's problem in the reader's language", () => {
    const refusal: Omit<TAttemptRefusal, "ok"> = {
      code: "QUIZ_ANSWER_EVERY_QUESTION",
      problems: [{ questionId: "q2", code: "ANSWER_MISSING", params: { number: 2 } }],
    };
    expect(attemptRefusalMessage(refusal, now, "en-GB")).toEqual({
      message: "Please answer every question before submitting.",
      problems: [{ questionId: "q2", code: "ANSWER_MISSING", message: "Question 2 has no answer." }],
    });
    const welsh = attemptRefusalMessage(refusal, now, "cy");
    expect(welsh.message).toBe("Atebwch bob cwestiwn cyn cyflwyno.");
    expect(welsh.problems).toEqual([
      { questionId: "q2", code: "ANSWER_MISSING", message: "Nid oes ateb i gwestiwn 2." },
    ]);
  });

  it("tells a Welsh reader when they may try again, in Welsh", () => {
    const wait = { code: "QUIZ_RETAKE_WAIT", availableAt: new Date("2026-12-01T10:30:00Z") } as const;
    expect(attemptRefusalMessage(wait, now, "cy").message).toContain("gallwch ei ailsefyll o 10:30.");
  });
});
