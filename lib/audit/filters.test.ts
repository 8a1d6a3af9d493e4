import { describe, expect, it } from "vitest";
import { auditQueryParams, hasAuditFilter, readAuditQuery, searchParamsRecord } from "./filters";

describe("the audit log's filters", () => {
  it("reads every filter, UK or ISO dates alike, and leaves blanks out", () => {
    expect(
      readAuditQuery(
        {
          actor: "ck1abc",
          action: "user.erase",
          org: "org_1",
          from: "1/3/2026",
          to: "2026-03-31",
          page: "2",
        },
        "en-GB",
      ),
    ).toEqual({
      ok: true,
      query: {
        actorId: "ck1abc",
        action: "user.erase",
        organisationId: "org_1",
        from: "2026-03-01",
        to: "2026-03-31",
        page: 2,
      },
    });
    expect(readAuditQuery({ actor: "", action: " ", from: "" }, "en-GB")).toEqual({ ok: true, query: { page: 1 } });
  });

  it("explains each value it cannot use, rather than ignoring it", () => {
    const read = readAuditQuery({ action: "drop.tables", from: "31/02/2026", org: "'; --", page: "-1" }, "en-GB");
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems).toEqual(
      expect.arrayContaining([
        "Choose one action from the list.",
        "The “from” date “31/02/2026” is not a date: use 31/01/2026.",
        "Choose the organisation from the list.",
        "The page must be a whole number.",
      ]),
    );
  });

  it("refuses a range that runs backwards, and a filter given twice", () => {
    expect(readAuditQuery({ from: "31/03/2026", to: "01/03/2026" }, "en-GB")).toEqual({
      ok: false,
      problems: ["The “from” date is after the “to” date: swap them, or change one."],
    });
    expect(readAuditQuery({ org: ["a", "b"] }, "en-GB")).toEqual({ ok: false, problems: ["Choose one organisation."] });
    expect(readAuditQuery({ from: "x".repeat(5000) }, "en-GB").ok).toBe(false);
  });

  it("explains them to a Welsh reader in Welsh, the dates named by their labels (O, I)", () => {
    const read = readAuditQuery({ action: "drop.tables", from: "31/02/2026", org: ["a", "b"], page: "-1" }, "cy");
    expect(read).toEqual({
      ok: false,
      problems: expect.arrayContaining([
        "Dewiswch un weithred o'r rhestr.",
        "Nid yw'r dyddiad “O” “31/02/2026” yn ddyddiad: defnyddiwch 31/01/2026.",
        "Dewiswch un sefydliad.",
        "Rhaid i rif y dudalen fod yn rhif cyfan.",
      ]),
    });
    expect(readAuditQuery({ from: "31/03/2026", to: "01/03/2026" }, "cy")).toEqual({
      ok: false,
      problems: ["Mae'r dyddiad “O” ar ôl y dyddiad “I”: cyfnewidiwch nhw, neu newidiwch un."],
    });
    expect(readAuditQuery({ to: "yfory" }, "cy")).toEqual({
      ok: false,
      problems: ["Nid yw'r dyddiad “I” “yfory” yn ddyddiad: defnyddiwch 31/01/2026."],
    });
  });

  it("keeps repeated parameters as lists, and writes filters back as parameters", () => {
    expect(searchParamsRecord(new URLSearchParams("org=a&org=b&action=user.erase"))).toEqual({
      org: ["a", "b"],
      action: "user.erase",
    });
    expect(auditQueryParams({ organisationId: "o", from: "2026-03-01" })).toEqual({
      actor: undefined,
      action: undefined,
      org: "o",
      from: "2026-03-01",
      to: undefined,
    });
    expect(hasAuditFilter({})).toBe(false);
    expect(hasAuditFilter({ to: "2026-03-01" })).toBe(true);
  });
});
