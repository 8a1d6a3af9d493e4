import { describe, expect, it } from "vitest";
import { databaseProvider } from "./provider";

describe("databaseProvider", () => {
  it("takes a file: URL, or none, as the embedded SQLite database", () => {
    expect(databaseProvider(undefined)).toBe("sqlite");
    expect(databaseProvider("")).toBe("sqlite");
    expect(databaseProvider("file:./data/app.db")).toBe("sqlite");
  });

  it("takes postgres:// and postgresql:// URLs as PostgreSQL", () => {
    expect(databaseProvider("postgresql://app:secret@db.internal:5432/training")).toBe("postgresql");
    expect(databaseProvider("postgres://127.0.0.1/training?sslmode=require")).toBe("postgresql");
  });

  it("refuses anything else with a message that names what it got, not the whole URL", () => {
    expect(() => databaseProvider("mysql://root:hunter2@localhost/db")).toThrow(/got "mysql:…"/);
    expect(() => databaseProvider("mysql://root:hunter2@localhost/db")).not.toThrow(/hunter2/);
    expect(() => databaseProvider("./data/app.db")).toThrow(/file:/);
  });
});
