import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ZPasswordPair } from "../auth/password-policy";
import { ZRecordId } from "../actions/ids";
import { ZPersonName } from "../people/person-name";
import { ZQuizSubmission } from "../quiz/submission";
import { fieldErrorsOf, fieldMessage, issuesInOneLine } from "./field-messages";

function errorOf(schema: z.ZodType, value: unknown): z.ZodError {
  const parsed = schema.safeParse(value);
  if (parsed.success) throw new Error("expected the value to be refused");
  return parsed.error;
}

describe("field messages", () => {
  it("words the codes lib/ schemas carry, with the limits taken from the schema", () => {
    expect(fieldErrorsOf(errorOf(ZPasswordPair, { password: "short", confirm: "short" }), "en-GB")).toEqual({
      password: ["Use at least 10 characters: three random words work well."],
    });
    expect(fieldErrorsOf(errorOf(ZPasswordPair, { password: "x".repeat(201), confirm: "x" }), "en-GB")).toEqual({
      password: ["Use at most 200 characters."],
      confirm: ["The two passwords do not match."],
    });
    expect(issuesInOneLine(errorOf(ZPersonName, " a "), "en-GB")).toBe("Enter their name.");
    expect(issuesInOneLine(errorOf(ZPersonName, "n".repeat(121)), "en-GB")).toBe("Keep the name under 120 characters.");
    expect(issuesInOneLine(errorOf(ZRecordId, "a b"), "en-GB")).toBe("Not a valid id.");
    const answers = Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`q${i}`, ["a"]]));
    expect(issuesInOneLine(errorOf(ZQuizSubmission, { token: "t", answers }), "en-GB")).toBe("Too many answers.");
  });

  it("words them in Welsh when asked, with the same limits", () => {
    expect(fieldErrorsOf(errorOf(ZPasswordPair, { password: "short", confirm: "short" }), "cy")).toEqual({
      password: ["Defnyddiwch o leiaf 10 nod: mae tri gair ar hap yn gweithio'n dda."],
    });
    expect(issuesInOneLine(errorOf(ZPersonName, "n".repeat(121)), "cy")).toBe("Cadwch yr enw o dan 120 nod.");
  });

  it("fills a custom check's params, and passes zod's own wording through untouched", () => {
    const wait = z.number().refine((n) => n <= 10, { message: "FIELD_WAIT_TOO_LONG", params: { max: 10 } });
    expect(issuesInOneLine(errorOf(wait, 11), "en-GB")).toBe("Keep the wait to one week (10 minutes) or less.");
    const plain = errorOf(z.string(), 5).issues[0]!;
    expect(fieldMessage(plain, "en-GB")).toBe(plain.message);
    expect(plain.message).not.toMatch(/^FIELD_/);
  });

  it("leaves no FIELD_ code unworded in a schema's output", () => {
    const errors = fieldErrorsOf(
      errorOf(z.object({ id: ZRecordId, name: ZPersonName }), { id: "", name: "" }),
      "en-GB",
    );
    expect(JSON.stringify(errors)).not.toMatch(/FIELD_/);
  });
});
