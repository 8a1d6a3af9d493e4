import { describe, expect, it } from "vitest";
import { auditCsvRow } from "./export";
import type { TDescribedAuditEvent } from "./resolve";

// Recorded by the system at 14:03 in London on 1 July 2027; its summary and details come already worded.
const event: TDescribedAuditEvent = {
  id: "ev1",
  createdAt: new Date("2027-07-01T13:03:09Z"),
  action: "group.create",
  actorId: null,
  organisationId: "oak",
  targetType: "group",
  targetId: "ks1",
  summary: "Creodd y system y grŵp Key Stage 1",
  details: [{ label: "Grŵp", value: "Key Stage 1" }],
  actor: null,
  organisationName: "Oak",
};

describe("an audit CSV row", () => {
  it("says who did it and when in English by default", () => {
    const row = auditCsvRow(event);
    expect(row[0]).toBe("01/07/2027, 14:03:09");
    expect(row[2]).toBe("The system");
    expect(auditCsvRow({ ...event, actorId: "gone" })[2]).toBe("A person no longer on record");
  });

  it("says it in Welsh for an administrator who reads Welsh; the codes and ids stay as recorded", () => {
    const row = auditCsvRow(event, "cy");
    expect(row[0]).toBe("1/7/2027, 14:03:09");
    expect(row[2]).toBe("Y system");
    expect(auditCsvRow({ ...event, actorId: "gone" }, "cy")[2]).toBe("Person nad yw ar gofnod mwyach");
    expect(row.slice(3)).toEqual([
      "Creodd y system y grŵp Key Stage 1",
      "Grŵp: Key Stage 1",
      "Oak",
      "group.create",
      "",
      "group",
      "ks1",
      "oak",
      "ev1",
    ]);
  });
});
