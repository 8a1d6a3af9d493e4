import { describe, expect, it } from "vitest";
import { describeProblems } from "./problems";

const problems = [
  { code: "IMPORT_ROW_EMAIL_INVALID", params: { email: "nia@" } },
  { code: "IMPORT_ROW_DUPLICATE", params: { line: 3 } },
] as const;

describe("describeProblems", () => {
  it("words a row's problems in English by default, in the order found", () => {
    expect(describeProblems(problems)).toBe(
      '"nia@" is not a valid email address. Duplicate: this email is also on line 3.',
    );
    expect(describeProblems([{ code: "IMPORT_FILE_EMPTY" }], "en-GB")).toBe("The file is empty.");
  });

  it("words them in Welsh for a trainer who reads Welsh, the uploaded values as they were", () => {
    expect(describeProblems(problems, "cy")).toBe(
      `Nid yw "nia@" yn gyfeiriad e-bost dilys. Dyblyg: mae'r cyfeiriad e-bost hwn hefyd ar linell 3.`,
    );
    expect(describeProblems([{ code: "IMPORT_FILE_EMPTY" }], "cy")).toBe("Mae'r ffeil yn wag.");
  });
});
