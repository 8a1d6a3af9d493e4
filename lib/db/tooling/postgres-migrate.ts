import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { POSTGRES_MIGRATIONS_PATH } from "./derive-schema";

/**
 * Applies prisma/postgresql/migrations in order. Prisma 6.19's JS schema engine cannot migrate PostgreSQL
 * (prisma/orm#27403; see the README), so this small runner does what `prisma migrate deploy` does: each
 * migration.sql once, in name order, recorded in Prisma's own `_prisma_migrations` table with Prisma's checksum
 * (the SHA-256 of the file), so an operator's `prisma migrate status` with the native engine agrees. Unlike Prisma,
 * it runs each migration in one transaction (PostgreSQL's DDL is transactional): a failed migration leaves nothing
 * half-applied and no failed row to resolve by hand. Instances starting together take an advisory lock, so only
 * one migrates and the others then find nothing to do.
 */
const LOCK_KEY = 72707369; // the key Prisma's own migrate takes, so the two never run at once

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export class MigrationError extends Error {}

export type TMigration = { name: string; sql: string; checksum: string };

export function readMigrations(dir = POSTGRES_MIGRATIONS_PATH): TMigration[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

export async function migratePostgres(
  url: string,
  options: { dir?: string; log?: (line: string) => void } = {},
): Promise<{ applied: string[] }> {
  const migrations = readMigrations(options.dir);
  const log = options.log ?? (() => {});
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
    await client.query(CREATE_TABLE);
    const { rows } = await client.query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      rolled_back_at: Date | null;
    }>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL ORDER BY started_at`,
    );
    const done = new Map(rows.map((r) => [r.migration_name, r]));
    const unfinished = rows.find((r) => !r.finished_at);
    if (unfinished)
      throw new MigrationError(
        `Migration ${unfinished.migration_name} was started and never finished (by another tool). Resolve it with \`prisma migrate resolve\` before starting the app.`,
      );
    const applied: string[] = [];
    for (const migration of migrations) {
      const previous = done.get(migration.name);
      if (previous) {
        if (previous.checksum !== migration.checksum)
          throw new MigrationError(
            `Migration ${migration.name} has been edited since it was applied to this database. Restore the file as it was, and make the change as a new migration.`,
          );
        continue;
      }
      await applyOne(client, migration);
      applied.push(migration.name);
      log(`Applied migration ${migration.name}`);
    }
    const known = new Set(migrations.map((m) => m.name));
    const unknown = rows.filter((r) => !known.has(r.migration_name)).map((r) => r.migration_name);
    if (unknown.length)
      log(
        `This database has migrations this version does not know (${unknown.join(", ")}): is an older version of the app running against a newer database?`,
      );
    return { applied };
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]).catch(() => {});
    await client.end();
  }
}

async function applyOne(client: pg.Client, migration: TMigration): Promise<void> {
  await client.query("BEGIN");
  try {
    await client.query(`INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name") VALUES ($1, $2, $3)`, [
      randomUUID(),
      migration.checksum,
      migration.name,
    ]);
    await client.query(migration.sql);
    await client.query(
      `UPDATE "_prisma_migrations" SET "finished_at" = now(), "applied_steps_count" = 1 WHERE "migration_name" = $1 AND "finished_at" IS NULL`,
      [migration.name],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(
      `Migration ${migration.name} failed and was rolled back, leaving the database as it was: ${reason}`,
    );
  }
}
