import { describe, expect, it } from "vitest";
import { chooseSignatory, DSL_ROLE } from "./signatory-choice";

const contacts = [
  { kind: "LADO", name: "Sam Lado" },
  { kind: "DEPUTY_DSL", name: "Dee Deputy" },
  { kind: "DSL", name: "Priya Raman" },
  { kind: "DSL", name: "Second Lead" },
];

describe("chooseSignatory", () => {
  it("prefers the signatory the organisation named, with their role", () => {
    expect(chooseSignatory({ signatoryName: " Ann Head ", signatoryRole: "Headteacher" }, contacts)).toEqual({
      name: "Ann Head",
      role: "Headteacher",
    });
    expect(chooseSignatory({ signatoryName: "Ann Head", signatoryRole: "  " }, contacts)).toEqual({
      name: "Ann Head",
      role: null,
    });
  });

  it("falls back to the first designated safeguarding lead among the contacts", () => {
    expect(chooseSignatory({ signatoryName: null, signatoryRole: null }, contacts)).toEqual({
      name: "Priya Raman",
      role: DSL_ROLE,
    });
    expect(chooseSignatory({ signatoryName: "  ", signatoryRole: "Headteacher" }, contacts)?.name).toBe("Priya Raman");
  });

  it("is nobody when neither is set: a deputy or another contact does not sign", () => {
    expect(chooseSignatory({ signatoryName: null, signatoryRole: null }, contacts.slice(0, 2))).toBeNull();
    expect(chooseSignatory({ signatoryName: null, signatoryRole: null }, [])).toBeNull();
  });
});
