import { describe, expect, it } from "vitest";
import { describeVersions } from "./evidence-versions";

const changelog = [
  { version: "2026.11.1", date: "2026-11-24", summary: "Report Remove corrected.", changes: [] },
  { version: "2026.11.0", date: "2026-11-22", summary: "First version.", changes: [] },
];

describe("describeVersions", () => {
  it("lists versions newest first and, for an older one, points to the changelog with what changed since", () => {
    const lines = describeVersions(
      [
        { version: "2026.11.0", people: 3 },
        { version: "2026.11.1", people: 1 },
      ],
      "2026.11.1",
      changelog,
    );
    expect(lines.map((l) => l.text)).toEqual([
      "Version 2026.11.1: 1 person (the current version)",
      "Version 2026.11.0: 3 people",
    ]);
    expect(lines[0]?.detail).toEqual([]);
    expect(lines[1]?.detail[0]).toMatch(/^Older than the current version 2026.11.1\. .*content\/changelog\.yaml/);
    expect(lines[1]?.detail.slice(1)).toEqual(["2026.11.1 (2026-11-24): Report Remove corrected."]);
  });

  it("sorts versions by number, not as text", () => {
    const lines = describeVersions(
      [
        { version: "2026.11.9", people: 1 },
        { version: "2026.11.10", people: 1 },
      ],
      "2026.11.10",
      changelog,
    );
    expect(lines.map((l) => l.text)).toEqual([
      "Version 2026.11.10: 1 person (the current version)",
      "Version 2026.11.9: 1 person",
    ]);
  });
});
