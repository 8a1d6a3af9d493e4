import { describe, expect, it } from "vitest";
import { neutraliseCell } from "./csv";

describe("neutraliseCell", () => {
  it("defuses cells a spreadsheet would run as formulas", () => {
    for (const bad of ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\t=1"])
      expect(neutraliseCell(bad)).toBe(`'${bad}`);
  });

  it("leaves ordinary text, numbers and empty cells alone", () => {
    expect(neutraliseCell("Ann O'Neil")).toBe("Ann O'Neil");
    expect(neutraliseCell(42)).toBe("42");
    expect(neutraliseCell(null)).toBe("");
  });
});
