import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dropDatabase, recreateDatabase, withDatabase } from "./postgres-admin";
import { migratePostgres, MigrationError, readMigrations } from "./postgres-migrate";

// Runs only with TEST_DATABASE_URL pointing at PostgreSQL (see vitest.config.ts).
const server = process.env.TEST_DATABASE_URL!;
const stamp = `${process.pid}_${Date.now().toString(36)}`;
const databases: string[] = [];

async function freshDatabase(label: string): Promise<string> {
  const url = withDatabase(server, `test_migrate_${label}_${stamp}`);
  await recreateDatabase(url);
  databases.push(url);
  return url;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** A migrations folder of our own, for the cases the committed migrations cannot show. */
function migrationsFolder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pg-migrations-"));
  for (const [name, sql] of Object.entries(files)) {
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

afterAll(async () => {
  for (const url of databases) await dropDatabase(url);
});

describe("the PostgreSQL migration runner", () => {
  let url: string;
  beforeAll(async () => {
    url = await freshDatabase("committed");
  });

  it("applies the committed migrations to an empty database and records them as Prisma would", async () => {
    const result = await migratePostgres(url);
    const committed = readMigrations();
    expect(result.applied).toEqual(committed.map((m) => m.name));
    const rows = await query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      applied_steps_count: number;
    }>(
      url,
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(committed.map((m) => [m.name, m.checksum]));
    expect(rows.every((r) => r.finished_at instanceof Date && r.applied_steps_count === 1)).toBe(true);
    const tables = (
      await query<{ table_name: string }>(
        url,
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`,
      )
    ).map((r) => r.table_name);
    expect(tables).toEqual(
      expect.arrayContaining([
        "User",
        "Organisation",
        "QuizAttempt",
        "Completion",
        "Certificate",
        "SignInAttempt",
        "ReminderSent",
      ]),
    );
  });

  it("applies nothing the second time", async () => {
    expect((await migratePostgres(url)).applied).toEqual([]);
  });

  it("lets instances that start together migrate once between them", async () => {
    const together = await freshDatabase("together");
    const results = await Promise.all([
      migratePostgres(together),
      migratePostgres(together),
      migratePostgres(together),
    ]);
    expect(results.flatMap((r) => r.applied)).toEqual(readMigrations().map((m) => m.name));
    const rows = await query<{ count: string }>(together, `SELECT count(*) FROM "_prisma_migrations"`);
    expect(Number(rows[0]?.count)).toBe(readMigrations().length);
  });

  it("rolls a failing migration back whole, and says which one failed", async () => {
    const target = await freshDatabase("failing");
    const dir = migrationsFolder({
      "001_first": `CREATE TABLE "Kept" ("id" TEXT PRIMARY KEY);`,
      "002_broken": `CREATE TABLE "HalfDone" ("id" TEXT PRIMARY KEY);\nINSERT INTO "Missing" VALUES (1);`,
    });
    await expect(migratePostgres(target, { dir })).rejects.toThrow(/002_broken failed and was rolled back.*"Missing"/);
    const tables = (
      await query<{ table_name: string }>(
        target,
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
      )
    ).map((r) => r.table_name);
    expect(tables).toEqual(["Kept", "_prisma_migrations"]);
    const names = (
      await query<{ migration_name: string }>(target, `SELECT migration_name FROM "_prisma_migrations"`)
    ).map((r) => r.migration_name);
    expect(names).toEqual(["001_first"]);
  });

  it("refuses to go on when an applied migration's file was edited afterwards", async () => {
    const target = await freshDatabase("edited");
    const dir = migrationsFolder({ "001_first": `CREATE TABLE "One" ("id" TEXT PRIMARY KEY);` });
    await migratePostgres(target, { dir });
    fs.writeFileSync(
      path.join(dir, "001_first", "migration.sql"),
      `CREATE TABLE "One" ("id" TEXT PRIMARY KEY, "extra" TEXT);`,
    );
    fs.mkdirSync(path.join(dir, "002_second"));
    fs.writeFileSync(path.join(dir, "002_second", "migration.sql"), `CREATE TABLE "Two" ("id" TEXT PRIMARY KEY);`);
    const attempt = migratePostgres(target, { dir });
    await expect(attempt).rejects.toBeInstanceOf(MigrationError);
    await expect(migratePostgres(target, { dir })).rejects.toThrow(/001_first has been edited since it was applied/);
    const tables = (
      await query<{ table_name: string }>(
        target,
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`,
      )
    ).map((r) => r.table_name);
    expect(tables).not.toContain("Two");
  });
});
