import { describe, expect, it } from "vitest";
import { acronymProblems, acronymsDefinedIn } from "./acronyms";

describe("acronymProblems", () => {
  it("accepts an acronym spelled out once, at first use, and short after", () => {
    const lesson = "## Tell the DSL\nTell your designated safeguarding lead (DSL) at once [@a]. The DSL decides.";
    expect(acronymProblems(lesson, ["DSL"])).toEqual([]);
  });

  it("fails an acronym used before it is spelled out", () => {
    const lesson = "Report to CEOP. The Child Exploitation and Online Protection command (CEOP) helps.";
    expect(acronymProblems(lesson, ["CEOP"]).map((p) => p.message)).toEqual([
      "CEOP is used before it is spelled out: write it in full at its first use, followed by (CEOP)",
    ]);
  });

  it("fails an acronym spelled out more than once in a lesson", () => {
    const lesson =
      "Tell your designated safeguarding lead (DSL).\n\nAgain, tell your designated safeguarding lead (DSL).";
    expect(acronymProblems(lesson, ["DSL"]).map((p) => p.message)).toEqual([
      "(DSL) is spelled out 2 times: spell it out once, at its first use, and write DSL after",
    ]);
  });

  it("ignores acronyms in headings, citations and link targets, and lessons that do not use them", () => {
    expect(
      acronymProblems("## What the IWF does\nNothing here [@iwf-x]. See [the page](https://x.org/IWF).", [
        "IWF",
        "LADO",
      ]),
    ).toEqual([]);
  });
});

describe("acronymsDefinedIn", () => {
  it("adds every acronym the course spells out to the fixed list", () => {
    expect(acronymsDefinedIn(["the Police Service of Northern Ireland (PSNI) [@x]"])).toContain("PSNI");
    expect(acronymsDefinedIn([""])).toContain("UKCIS");
  });
});
