import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { POSTGRES_MIGRATIONS_PATH } from "./derive-schema";

/** Each PostgreSQL migration keeps the schema it leads to, so the next one can be diffed from it (no database needed). */
export const SNAPSHOT_FILE = "schema.snapshot.prisma";
export const POSTGRES_CONFIG = "prisma/postgresql/prisma.config.ts";

export function migrationNames(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

export function latestPostgresSnapshot(): string | null {
  const last = migrationNames(POSTGRES_MIGRATIONS_PATH).at(-1);
  return last ? path.join(POSTGRES_MIGRATIONS_PATH, last, SNAPSHOT_FILE) : null;
}

/**
 * The SQL that takes one data model to another, from Prisma's own differ (`prisma migrate diff`, which works
 * offline with the JS engine for both databases). `from` null means an empty database.
 */
export function diffScript(options: { from: string | null; to: string; postgres: boolean }): string {
  const args = [
    "migrate",
    "diff",
    ...(options.postgres ? ["--config", POSTGRES_CONFIG] : []),
    ...(options.from ? ["--from-schema-datamodel", options.from] : ["--from-empty"]),
    "--to-schema-datamodel",
    options.to,
    "--script",
  ];
  // Offline on purpose: the same SQL whether or not the developer's DATABASE_URL names a live server.
  const env: NodeJS.ProcessEnv = { ...process.env, CHECKPOINT_DISABLE: "1", DATABASE_URL: "file::memory:" };
  if (options.postgres) delete env.DATABASE_URL; // see prisma/postgresql/prisma.config.ts
  const result = spawnSync(path.join("node_modules", ".bin", "prisma"), args, { encoding: "utf8", env });
  if (result.status !== 0) throw new Error(`prisma ${args.join(" ")} failed: ${result.stderr || result.stdout}`);
  return result.stdout;
}

export const EMPTY_MIGRATION = "-- This is an empty migration.";

/**
 * A migration may end with data statements written by hand (fixing stored values), after a line starting with
 * this; everything before it must still be exactly Prisma's diff.
 */
export const DATA_SECTION = "-- Data, written by hand";

/** The part of a migration.sql that Prisma's differ wrote: all of it, or what comes before a hand-written data section. */
export function schemaPartOf(sql: string): string {
  const at = sql.indexOf(`\n${DATA_SECTION}`);
  return at < 0 ? sql : sql.slice(0, at + 1);
}
