import { describe, expect, it } from "vitest";
import { z } from "zod";
import { invalid } from "./result";

const ZName = z.object({ name: z.string().trim().min(2, "FIELD_NAME_TOO_SHORT") });
const errorOf = (value: unknown) => {
  const parsed = ZName.safeParse(value);
  if (parsed.success) throw new Error("expected the value to be refused");
  return parsed.error;
};

describe("invalid(): a form that does not validate", () => {
  it("answers in the reader's language, the message and every field's problem alike", () => {
    expect(invalid(errorOf({ name: "a" }), "cy")).toEqual({
      ok: false,
      message: "Gwiriwch y ffurflen a rhowch gynnig arall arni.",
      fieldErrors: { name: ["Rhowch enw o 2 nod o leiaf."] },
    });
    expect(invalid(errorOf({ name: "a" }), "en-GB")).toEqual({
      ok: false,
      message: "Check the form and try again.",
      fieldErrors: { name: ["Give a name of at least 2 characters."] },
    });
  });

  it("keeps a message the action gives, and still words the fields in the reader's language", () => {
    expect(invalid(errorOf({ name: "" }), "cy", "Ni newidiwyd dim.")).toMatchObject({
      message: "Ni newidiwyd dim.",
      fieldErrors: { name: ["Rhowch enw o 2 nod o leiaf."] },
    });
  });
});
