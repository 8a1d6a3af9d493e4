import { describe, expect, it } from "vitest";
import { contextMissingFromPassages, extractPlaces, extractYears } from "./context";

describe("a figure's year and place", () => {
  it("reads years, periods and places as a sentence states them", () => {
    expect(extractYears("In 2017/18, 2022-23, 2023–2024 and 2024")).toEqual(["2017-18", "2022-23", "2023-24", "2024"]);
    expect(extractPlaces("Police in England and Wales, and Kent Police")).toEqual(["England and Wales", "Kent"]);
  });

  it("requires them in the passage holding the figure, its neighbours or the source as a whole", () => {
    const passages = ["Across the UK, nearly 23,000 offences were recorded in 2017-18.", "Another passage.", "In Kent, 304 reports."];
    expect(contextMissingFromPassages("In 2017-18 UK police recorded nearly 23,000 offences", [{ passages, whole: "" }])).toEqual([]);
    expect(contextMissingFromPassages("In 2022-23 Kent police recorded nearly 23,000 offences", [{ passages, whole: "" }])).toEqual(["2022-23", "Kent"]);
    expect(contextMissingFromPassages("In 2020, 304 reports", [{ passages, whole: "" }])).toEqual(["2020"]);
    expect(contextMissingFromPassages("In 2020, 304 reports", [{ passages, whole: "2020-09-30" }])).toEqual([]);
  });
});

describe("clauses", () => {
  it("ties a year to the figures of its own clause", () => {
    const sources = [{ passages: ["Royal Assent on 26 October 2023."], whole: "" }, { passages: ["Six tests, September 2020."], whole: "" }];
    expect(contextMissingFromPassages("Royal Assent on 26 October 2023; the six tests date from September 2020", sources)).toEqual([]);
    expect(contextMissingFromPassages("Royal Assent on 26 October 2020; the six tests date from 2023", sources)).toEqual(["2020"]);
  });
});
