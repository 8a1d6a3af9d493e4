import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import cy from "../i18n/messages/cy/trainer.json";
import { describeRenewal, describeVersions } from "./evidence-versions";

const changelog = [
  { version: "2026.11.1", date: "2026-11-24", summary: "Report Remove corrected.", changes: [] },
  { version: "2026.11.0", date: "2026-11-22", summary: "First version.", changes: [] },
];

const translate = createTranslator({ locale: "cy", messages: cy, namespace: "TrainerEvidencePdf" });
const welsh = {
  locale: "cy",
  t: (key: string, values?: Record<string, string | number>) => translate(key as never, values as never),
};

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
    expect(lines[1]?.detail.slice(1)).toEqual(["2026.11.1 (24 November 2026): Report Remove corrected."]);
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

  it("is written in Welsh for a Welsh reader: Welsh counts of people and Welsh month names", () => {
    const lines = describeVersions(
      [
        { version: "2026.11.0", people: 2 },
        { version: "2026.11.1", people: 3 },
      ],
      "2026.11.1",
      changelog,
      welsh,
    );
    expect(lines.map((l) => l.text)).toEqual([
      "Fersiwn 2026.11.1: 3 pherson (y fersiwn gyfredol)",
      "Fersiwn 2026.11.0: 2 berson",
    ]);
    expect(lines[1]?.detail[0]).toMatch(/^Yn hŷn na'r fersiwn gyfredol, 2026.11.1\. .*content\/changelog\.yaml/);
    // The changelog's summary is the course's own words; its date is the reader's.
    expect(lines[1]?.detail.slice(1)).toEqual(["2026.11.1 (24 Tachwedd 2026): Report Remove corrected."]);
  });
});

describe("describeRenewal", () => {
  it("says the renewal policy in English by default", () => {
    expect(describeRenewal({ kind: "rolling", months: 12, graceDays: 0 })).toBe(
      "Renew every 12 months from completion",
    );
    expect(describeRenewal({ kind: "rolling", months: 1, graceDays: 1 })).toBe(
      "Renew every month from completion, with a 1-day grace period",
    );
    expect(describeRenewal({ kind: "fixed-date", month: 9, day: 1, graceDays: 14 })).toBe(
      "Renew by 1 September each year, with a 14-day grace period",
    );
  });

  it("says it in Welsh for a Welsh reader, with Welsh month names and the numeral's mutation", () => {
    expect(describeRenewal({ kind: "rolling", months: 12, graceDays: 0 }, welsh)).toBe(
      "Adnewyddu bob 12 mis o'r dyddiad cwblhau",
    );
    expect(describeRenewal({ kind: "rolling", months: 2, graceDays: 2 }, welsh)).toBe(
      "Adnewyddu bob 2 fis o'r dyddiad cwblhau, gyda chyfnod gras o 2 ddiwrnod",
    );
    expect(describeRenewal({ kind: "fixed-date", month: 9, day: 1, graceDays: 14 }, welsh)).toBe(
      "Adnewyddu erbyn 1 Medi bob blwyddyn, gyda chyfnod gras o 14 diwrnod",
    );
  });
});
