import { describe, expect, it } from "vitest";
import { quotedName, withDatabase } from "./postgres-admin";

describe("the database names a test run creates and drops", () => {
  it("quotes a name with hyphens, as PostgreSQL allows when quoted", () => {
    expect(quotedName("postgresql://postgres@127.0.0.1:5432/safeguarding-e2e")).toBe('"safeguarding-e2e"');
    expect(quotedName("postgresql://postgres@127.0.0.1:5432/safeguarding_e2e_123")).toBe('"safeguarding_e2e_123"');
  });

  it("refuses a name that would need escaping, saying what a name may hold", () => {
    for (const name of ['odd"name', "two%20words", "semi;colon", ""])
      expect(() => quotedName(`postgresql://postgres@127.0.0.1:5432/${name}`)).toThrow(
        /letters, digits, underscores and hyphens/,
      );
    expect(() => quotedName(`postgresql://postgres@127.0.0.1:5432/${"a".repeat(64)}`)).toThrow(/Refusing/);
  });

  it("keeps the server and swaps only the database", () => {
    expect(withDatabase("postgresql://postgres@127.0.0.1:5432/postgres", "safeguarding-e2e")).toBe(
      "postgresql://postgres@127.0.0.1:5432/safeguarding-e2e",
    );
  });
});
