import { spawnSync } from "node:child_process";
import path from "node:path";
import { MigrationError, migratePostgres } from "./postgres-migrate";
import { databaseProvider } from "../provider";
import { secureSqliteFiles, sqliteFileOf } from "../sqlite-files";

/**
 * Applies the committed migrations to the database the URL names: `prisma migrate deploy` on SQLite, and on
 * PostgreSQL the runner in postgres-migrate.ts (Prisma 6.19's JS engine cannot migrate PostgreSQL). The one way
 * the app, its tests and the benchmark bring a database up to date.
 */
export async function applyMigrations(url: string, options: { log?: (line: string) => void } = {}): Promise<void> {
  if (databaseProvider(url) === "postgresql") {
    await migratePostgres(url, options);
    return;
  }
  // Made 0600 before Prisma's migration engine would create it with the process's default mode.
  const file = sqliteFileOf(url);
  if (file) secureSqliteFiles(file, options.log);
  const migrate = spawnSync(path.join("node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1" },
    encoding: "utf8",
  });
  if (migrate.status !== 0)
    throw new MigrationError(`prisma migrate deploy failed:\n${migrate.stdout}${migrate.stderr}`);
}
