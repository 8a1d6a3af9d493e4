import Database from "better-sqlite3";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "./tooling/migrate";
import { secureSqliteFiles } from "./sqlite-files";

const mode = (file: string) => fs.statSync(file).mode & 0o777;
let root: string;
let umask: number | undefined;

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "sqlite-files-"));
  // The usual default: files others can read unless the app says otherwise.
  try {
    umask = process.umask(0o022);
  } catch {
    umask = undefined;
  }
});
afterAll(() => {
  if (umask !== undefined) process.umask(umask);
  fs.rmSync(root, { recursive: true, force: true });
});

describe("database file permissions", () => {
  it("creates the folder 0700 and the database 0600, and SQLite's -wal and -shm follow", () => {
    const file = path.join(root, "fresh", "data", "app.db");
    const lines: string[] = [];
    secureSqliteFiles(file, (l) => lines.push(l));
    expect(mode(path.dirname(file))).toBe(0o700);
    expect(mode(file)).toBe(0o600);
    const db = new Database(file);
    db.pragma("journal_mode = WAL");
    db.exec("CREATE TABLE t (x); INSERT INTO t VALUES (1);");
    expect(mode(`${file}-wal`)).toBe(0o600);
    expect(mode(`${file}-shm`)).toBe(0o600);
    db.close();
    expect(lines).toEqual([]);
  });

  it("tightens an existing world-readable folder and files, with one log line", () => {
    const folder = path.join(root, "old-data");
    fs.mkdirSync(folder, { mode: 0o755 });
    fs.chmodSync(folder, 0o755);
    const file = path.join(folder, "app.db");
    for (const suffix of ["", "-wal", "-shm"]) {
      fs.writeFileSync(file + suffix, "");
      fs.chmodSync(file + suffix, 0o644);
    }
    const lines: string[] = [];
    secureSqliteFiles(file, (l) => lines.push(l));
    expect([mode(folder), mode(file), mode(`${file}-wal`), mode(`${file}-shm`)]).toEqual([0o700, 0o600, 0o600, 0o600]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/tightened .*old-data \(0755 → 0700\), app\.db \(0644 → 0600\), app\.db-wal/);
    secureSqliteFiles(file, (l) => lines.push(l));
    expect(lines).toHaveLength(1);
  });

  it("leaves a shared folder such as /tmp alone, tightening only the database in it", () => {
    const shared = path.join(root, "shared");
    fs.mkdirSync(shared);
    fs.chmodSync(shared, 0o1777);
    const file = path.join(shared, "app.db");
    secureSqliteFiles(file, () => {});
    expect(fs.statSync(shared).mode & 0o7777).toBe(0o1777);
    expect(mode(file)).toBe(0o600);
  });

  it("the migration runner creates a new database 0600", async () => {
    const file = path.join(root, "migrated", "app.db");
    await applyMigrations(`file:${file}`);
    expect(mode(path.dirname(file))).toBe(0o700);
    expect(mode(file)).toBe(0o600);
    expect(fs.statSync(file).size).toBeGreaterThan(0);
  }, 60_000);
});
