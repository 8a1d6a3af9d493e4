import { describe, expect, it } from "vitest";
import { contextMissingFromPassages, extractPlaces, extractYears } from "./context";

describe("a figure's year and place", () => {
  it("reads years, periods and places as a sentence states them", () => {
    expect(extractYears("In 2017/18, 2022-23, 2023–2024 and 2024")).toEqual(["2017-18", "2022-23", "2023-24", "2024"]);
    expect(extractPlaces("Police in England and Wales, and Kent Police")).toEqual(["England and Wales", "Kent"]);
  });

  it("requires them in the passage holding the figure, its neighbours or the source as a whole", () => {
    const passages = [
      "Across the UK, nearly 23,000 offences were recorded in 2017-18.",
      "Another passage.",
      "In Kent, 304 reports.",
    ];
    expect(
      contextMissingFromPassages("In 2017-18 UK police recorded nearly 23,000 offences", [{ passages, label: "" }]),
    ).toEqual([]);
    expect(
      contextMissingFromPassages("In 2022-23 Kent police recorded nearly 23,000 offences", [{ passages, label: "" }]),
    ).toEqual(["2022-23", "Kent"]);
    expect(contextMissingFromPassages("In 2020, 304 reports", [{ passages, label: "" }])).toEqual(["2020"]);
    expect(
      contextMissingFromPassages("In 2020, 304 reports", [
        { passages: ["In Kent, 304 reports this year."], label: "", published: "2020-09-30" },
      ]),
    ).toEqual([]);
  });
});

describe("clauses", () => {
  it("ties a year to the figures of its own clause", () => {
    const sources = [
      { passages: ["Royal Assent on 26 October 2023."], label: "" },
      { passages: ["Six tests, September 2020."], label: "" },
    ];
    expect(
      contextMissingFromPassages("Royal Assent on 26 October 2023; the six tests date from September 2020", sources),
    ).toEqual([]);
    expect(
      contextMissingFromPassages("Royal Assent on 26 October 2020; the six tests date from 2023", sources),
    ).toEqual(["2020"]);
  });
});

describe("the source's own date", () => {
  const kent = [
    {
      passages: ["Across 2022 and 2023, 1,568 offences were recorded by Kent Police."],
      label: "GHR",
      published: "2024-03-02",
    },
  ];
  it("does not lend a figure its publication year unless the passage dates itself by it", () => {
    expect(contextMissingFromPassages("Kent Police recorded 1,568 offences in the 2024 figures", kent)).toEqual([
      "2024",
    ]);
    expect(contextMissingFromPassages("Kent Police recorded 1,568 offences, reported in March 2024", kent)).toEqual([]);
    expect(contextMissingFromPassages("Kent Police recorded 1,568 offences, reported in March 2023", kent)).toEqual([
      "2023",
    ]);
  });
});
