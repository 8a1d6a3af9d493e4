import { describe, expect, it } from "vitest";
import { scenarioProblems } from "./scenarios";

describe("scenarioProblems", () => {
  it("accepts a situation that ends with the learner's question, even inside a quotation", () => {
    expect(
      scenarioProblems(':::scenario\nA colleague says "it is only pictures". Is your colleague right?\n\nNo.\n:::\n'),
    ).toEqual([]);
    expect(scenarioProblems(':::scenario\nA parent asks: "What should I do?"\n\nThank them.\n:::\n')).toEqual([]);
  });

  it("refuses a folded scenario whose visible part ends on a statement", () => {
    const problems = scenarioProblems(
      ':::scenario\nA colleague says: "It\'s only pictures. Nobody is hurt."\n\nChallenge this kindly.\n:::\n',
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain("end its first paragraph with the question");
  });

  it("leaves a one-paragraph scenario alone: nothing of it is hidden", () => {
    expect(scenarioProblems(":::scenario\nPicture the children you will see this week.\n:::\n")).toEqual([]);
  });
});
