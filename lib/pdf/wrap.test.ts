import { describe, expect, it } from "vitest";
import { wrapText } from "./wrap";

// One unit of width a character: what fits is easy to count.
const measure = (t: string) => t.length;

describe("wrapText", () => {
  it("keeps text that fits on one line", () => {
    expect(wrapText("Safeguarding online", 40, measure)).toEqual(["Safeguarding online"]);
  });

  it("breaks at spaces, never wider than the limit, losing no word", () => {
    const text = "Online child sexual abuse: recognise, respond, report, content version 2026.11.1";
    const lines = wrapText(text, 20, measure);
    expect(lines.every((l) => l.length <= 20)).toBe(true);
    expect(lines.join(" ")).toBe(text);
    expect(lines[0]).toBe("Online child sexual");
  });

  it("breaks a word wider than a line between characters", () => {
    expect(wrapText("to a.very.long.address@example.org", 10, measure)).toEqual([
      "to",
      "a.very.lon",
      "g.address@",
      "example.or",
      "g",
    ]);
  });

  it("keeps line breaks in the text, and gives one empty line for empty text", () => {
    expect(wrapText("first\nsecond", 40, measure)).toEqual(["first", "second"]);
    expect(wrapText("", 40, measure)).toEqual([""]);
  });
});
