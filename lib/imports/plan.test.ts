import { describe, expect, it } from "vitest";
import { describeUpdate, parseDueDate, planImport, readImportCsv, shownCounts, toPreviewRow } from "./plan";
import { describeProblems } from "./problems";

const context = {
  precise: true,
  groups: new Map([
    ["early years", "g-ey"],
    ["key stage 1", "g-ks1"],
  ]),
  existing: new Map([
    ["known@school.example", { id: "u-1", access: "manageable" }],
    ["elsewhere@other.example", { id: "u-2", access: "other-organisation" }],
    ["hidden@school.example", { id: "u-3", access: "not-yours" }],
  ] as const),
};

describe("readImportCsv", () => {
  it("reads named columns in any order, with a byte-order mark, quotes and blank lines", () => {
    const { rows, problem } = readImportCsv(
      '\uFEFFEmail,Name,Due Date,Group\r\n"ann@school.example","Ann O\'Neil, Jr",2027-01-31,Early Years;Key Stage 1\r\n\r\nbob@school.example,Bob,,\r\n',
    );
    expect(problem).toBeUndefined();
    expect(rows).toEqual([
      {
        line: 2,
        name: "Ann O'Neil, Jr",
        email: "ann@school.example",
        groups: ["Early Years", "Key Stage 1"],
        dueDate: "2027-01-31",
      },
      { line: 3, name: "Bob", email: "bob@school.example", groups: [], dueDate: null },
    ]);
  });

  it("explains a file without the required columns, or that is not CSV", () => {
    const problem = (csv: string) => describeProblems([readImportCsv(csv).problem!]);
    expect(problem("first,last\nA,B\n")).toMatch(/must name the columns/);
    expect(problem('name,email\n"unclosed,x\n')).toMatch(/could not be read as CSV/);
    expect(problem("")).toMatch(/empty/);
  });
});

describe("parseDueDate", () => {
  it("accepts ISO and UK dates, and rejects dates that do not exist", () => {
    expect(parseDueDate("2027-01-31")).toBe("2027-01-31");
    expect(parseDueDate("31/01/2027")).toBe("2027-01-31");
    expect(parseDueDate("  ")).toBeNull();
    expect(parseDueDate("31/02/2027")).toBeUndefined();
    expect(parseDueDate("01/31/2027")).toBeUndefined();
    expect(parseDueDate("next week")).toBeUndefined();
  });
});

describe("planImport", () => {
  const row = (
    line: number,
    email: string,
    extra: Partial<{ name: string; groups: string[]; dueDate: string | null }> = {},
  ) => ({ line, name: "N", email, groups: [], dueDate: null, ...extra });

  it("creates new people and updates people already in the organisation", () => {
    const plan = planImport(
      [row(2, "new@school.example", { groups: ["Key Stage 1"] }), row(3, "known@school.example")],
      context,
    );
    expect(plan.rows.map((r) => [r.action, r.userId])).toEqual([
      ["create", undefined],
      ["update", "u-1"],
    ]);
    expect(plan.counts).toEqual({ create: 1, update: 1, reject: 0, notify: 0 });
  });

  it("tells an administrator why a row is rejected: bad emails, unknown groups, duplicates, impossible dates, other organisations' people", () => {
    const plan = planImport(
      [
        row(2, "not-an-email"),
        row(3, "a@school.example", { groups: ["Year 7"] }),
        row(4, "b@school.example"),
        row(5, "b@school.example"),
        row(6, "c@school.example", { dueDate: "30/02/2027" }),
        row(7, "elsewhere@other.example"),
        row(8, "d@school.example", { name: "" }),
        row(9, "hidden@school.example"),
      ],
      context,
    );
    expect(plan.rows.map((r) => [r.line, r.action, describeProblems(r.reasons)])).toEqual([
      [2, "reject", '"not-an-email" is not a valid email address.'],
      [3, "reject", 'Unknown group "Year 7".'],
      [4, "create", ""],
      [5, "reject", "Duplicate: this email is also on line 4."],
      [6, "reject", 'Due date "30/02/2027" is not a date: use 2027-01-31 or 31/01/2027.'],
      [7, "reject", "This email belongs to someone in another organisation."],
      [8, "reject", "Name is missing."],
      [9, "reject", "This address cannot be added by you: ask an administrator."],
    ]);
  });

  it("plans an address a trainer may not manage as 'notify', judged like a new one and shown exactly as one", () => {
    const trainer = { ...context, precise: false };
    const plan = planImport(
      [
        row(2, "new@school.example", { groups: ["Early Years"], dueDate: "31/01/2027" }),
        row(3, "elsewhere@other.example", { groups: ["Early Years"], dueDate: "31/01/2027" }),
        row(4, "hidden@school.example", { groups: ["Early Years"], dueDate: "31/01/2027" }),
        row(5, "known@school.example"),
        row(6, "elsewhere@other.example"),
        row(7, "other@school.example", { groups: ["Year 7"] }),
      ],
      trainer,
    );
    expect(plan.rows.map((r) => [r.line, r.action, r.userId, describeProblems(r.reasons)])).toEqual([
      [2, "create", undefined, ""],
      [3, "notify", undefined, ""],
      [4, "notify", undefined, ""],
      [5, "update", "u-1", ""],
      [6, "reject", undefined, "Duplicate: this email is also on line 3."],
      [7, "reject", undefined, 'Unknown group "Year 7".'],
    ]);
    const shown = (i: number) => JSON.stringify({ ...toPreviewRow(plan.rows[i]!), line: 0, email: "x" });
    expect(shown(1)).toBe(shown(0));
    expect(shown(2)).toBe(shown(0));
    expect(plan.counts).toEqual({ create: 1, notify: 2, update: 1, reject: 2 });
    expect(shownCounts(plan.counts)).toEqual({ create: 3, update: 1, reject: 2 });
  });

  it("plans a five-thousand-row file", () => {
    const rows = Array.from({ length: 5000 }, (_, i) =>
      row(i + 2, `person${i}@school.example`, { groups: ["Early Years"], dueDate: "2027-01-31" }),
    );
    const plan = planImport(rows, context);
    expect(plan.counts).toEqual({ create: 5000, update: 0, reject: 0, notify: 0 });
  });
});

describe("headers named after object properties", () => {
  it("does not mistake 'constructor' or '__proto__' for a column", () => {
    expect(readImportCsv("constructor,__proto__\nA,B\n").problem).toEqual({ code: "IMPORT_FILE_HEADER" });
  });
});

describe("describeUpdate", () => {
  const current = { name: "Sam Jones", groups: ["Reception"], dueDay: "2027-03-01" };

  it("says what an update row will change: name, groups added, due date", () => {
    expect(
      describeUpdate(current, { name: "Samuel Jones", groups: ["reception", "Year 1"], dueDate: "2027-03-31" }),
    ).toEqual(["Name: Sam Jones → Samuel Jones", "Adds to group: Year 1", "Due date: 1 March 2027 → 31 March 2027"]);
  });

  it("says so when nothing changes (a blank due date keeps the one set)", () => {
    expect(describeUpdate(current, { name: "Sam Jones", groups: ["Reception"], dueDate: null })).toEqual([
      "No change: already up to date",
    ]);
    expect(
      describeUpdate({ ...current, dueDay: null }, { name: "Sam Jones", groups: [], dueDate: "2027-03-31" }),
    ).toEqual(["Due date set: 31 March 2027"]);
  });

  it("says it in Welsh for a trainer who reads Welsh, with Welsh month names", () => {
    expect(
      describeUpdate(
        current,
        { name: "Samuel Jones", groups: ["reception", "Year 1", "Year 2"], dueDate: "2027-03-31" },
        "cy",
      ),
    ).toEqual([
      "Enw: Sam Jones → Samuel Jones",
      "Yn ychwanegu at grwpiau: Year 1, Year 2",
      "Dyddiad cau: 1 Mawrth 2027 → 31 Mawrth 2027",
    ]);
    expect(
      describeUpdate(
        { ...current, dueDay: null },
        { name: "Sam Jones", groups: ["Year 1"], dueDate: "2027-03-31" },
        "cy",
      ),
    ).toEqual(["Yn ychwanegu at grŵp: Year 1", "Dyddiad cau wedi'i osod: 31 Mawrth 2027"]);
    expect(describeUpdate(current, { name: "Sam Jones", groups: [], dueDate: null }, "cy")).toEqual([
      "Dim newid: yn gyfredol yn barod",
    ]);
    // The plan words its update rows in the importer's language.
    const plan = planImport([{ line: 2, name: "Sam Jones", email: "sam@x.example", groups: [], dueDate: null }], {
      groups: new Map(),
      existing: new Map([["sam@x.example", { id: "u1", access: "manageable" as const, current }]]),
      precise: false,
      locale: "cy",
    });
    expect(toPreviewRow(plan.rows[0]!).changes).toEqual(["Dim newid: yn gyfredol yn barod"]);
  });

  it("is shown for update rows only, so a row for someone else's account still looks new", () => {
    const plan = planImport(
      [
        { line: 2, name: "Sam Jones", email: "sam@x.example", groups: [], dueDate: "2027-03-31" },
        { line: 3, name: "Kim Lee", email: "kim@x.example", groups: [], dueDate: null },
      ],
      {
        groups: new Map(),
        existing: new Map([
          ["sam@x.example", { id: "u1", access: "manageable" as const, current }],
          ["kim@x.example", { id: "u2", access: "not-yours" as const }],
        ]),
        precise: false,
      },
    );
    expect(toPreviewRow(plan.rows[0]!).changes).toEqual(["Due date: 1 March 2027 → 31 March 2027"]);
    expect(toPreviewRow(plan.rows[1]!).changes).toEqual([]);
  });
});
