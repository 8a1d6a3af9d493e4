import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { dropDatabase, recreateDatabase, withDatabase } from "../db/tooling/postgres-admin";
import { applyMigrations } from "../db/tooling/migrate";
import { databaseProvider } from "../db/provider";

/**
 * A fresh, migrated database for one test file. SQLite by default: a file in a new temporary folder. When
 * TEST_DATABASE_URL names a PostgreSQL server, a new database on it, named after the file, dropped at the end.
 * Call at the top of the test file, before the app's modules load: it sets DATABASE_URL for them.
 */
export function testDatabase(label: string) {
  const server = process.env.TEST_DATABASE_URL;
  process.env.NEXTAUTH_SECRET ??= "unit-test-secret-0123456789abcdef0123456789";
  if (server && databaseProvider(server) === "postgresql") {
    const name = `test_${label.replace(/[^a-z0-9]+/gi, "_").toLowerCase()}_${process.pid}_${Date.now().toString(36)}`;
    const url = withDatabase(server, name);
    process.env.DATABASE_URL = url;
    return {
      provider: "postgresql" as const,
      url,
      async migrate() {
        await recreateDatabase(url);
        await applyMigrations(url);
      },
      async drop() {
        await dropDatabase(url);
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${label}-`));
  const url = `file:${path.join(dir, "test.db")}`;
  process.env.DATABASE_URL = url;
  return {
    provider: "sqlite" as const,
    url,
    async migrate() {
      await applyMigrations(url);
    },
    async drop() {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
