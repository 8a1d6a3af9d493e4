import { describe, expect, it } from "vitest";
import { readImportCsv } from "./plan";
import { importTemplateCsv } from "./template";

describe("the import template", () => {
  it("reads back as an import would read it: two people, the organisation's groups, a UK date", () => {
    const { rows, problem } = readImportCsv(importTemplateCsv(["Year 3", "Kitchen, staff"]));
    expect(problem).toBeUndefined();
    expect(rows.map((r) => [r.name, r.email])).toEqual([
      ["Alex Example", "alex.example@your-school.example"],
      ["Sam Sample", "sam.sample@your-school.example"],
    ]);
    expect(rows[0]).toMatchObject({ groups: ["Year 3"], dueDate: "31/01/2027" });
    expect(rows[1]).toMatchObject({ groups: ["Year 3", "Kitchen, staff"] });
  });

  it("leaves the group empty for an organisation without groups", () => {
    expect(readImportCsv(importTemplateCsv([])).rows.map((r) => r.groups)).toEqual([[], []]);
  });
});
