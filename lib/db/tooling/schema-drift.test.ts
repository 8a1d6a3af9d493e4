import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { derivePostgresSchema, POSTGRES_MIGRATIONS_PATH, POSTGRES_SCHEMA_PATH } from "./derive-schema";
import { diffScript, migrationNames, schemaPartOf, SNAPSHOT_FILE } from "./migration-files";

// One data model, two databases: these fail when the PostgreSQL schema, or either set of migrations, no longer
// follows prisma/schema.prisma. The fix is `npm run db:derive`, or `npm run db:migration -- <name>`.
describe("the PostgreSQL schema", () => {
  it("is derived from prisma/schema.prisma, changing only the provider and the client's folder", () => {
    const source = fs.readFileSync("prisma/schema.prisma", "utf8");
    const derived = fs.readFileSync(POSTGRES_SCHEMA_PATH, "utf8");
    expect(derived, "prisma/postgresql/schema.prisma is stale: run `npm run db:derive`").toBe(
      derivePostgresSchema(source),
    );
    expect(derived).toContain('provider = "postgresql"');
    // Everything after the datasource is the source's, character for character.
    const models = (schema: string) => schema.slice(schema.indexOf("enum Role"));
    expect(models(derived)).toBe(models(source));
  });

  it("refuses a source schema it does not know how to derive, rather than writing a wrong one", () => {
    expect(() => derivePostgresSchema('datasource db {\n  provider = "mysql"\n}')).toThrow(/provider "sqlite"/);
  });
});

describe("the PostgreSQL migrations", () => {
  const names = migrationNames(POSTGRES_MIGRATIONS_PATH);

  it("lead to the current PostgreSQL schema", () => {
    expect(names.length).toBeGreaterThan(0);
    const last = fs.readFileSync(path.join(POSTGRES_MIGRATIONS_PATH, names.at(-1)!, SNAPSHOT_FILE), "utf8");
    expect(last, "the schema changed without a PostgreSQL migration: run `npm run db:migration -- <name>`").toBe(
      fs.readFileSync(POSTGRES_SCHEMA_PATH, "utf8"),
    );
  });

  // A hand-written data section at the end (DATA_SECTION) is allowed: it changes values, not the schema.
  it("each hold exactly the SQL that takes the schema before them to the schema after them", () => {
    names.forEach((name, i) => {
      const dir = path.join(POSTGRES_MIGRATIONS_PATH, name);
      const from = i === 0 ? null : path.join(POSTGRES_MIGRATIONS_PATH, names[i - 1]!, SNAPSHOT_FILE);
      const expected = diffScript({ from, to: path.join(dir, SNAPSHOT_FILE), postgres: true });
      const written = schemaPartOf(fs.readFileSync(path.join(dir, "migration.sql"), "utf8"));
      expect(written, `${name}/migration.sql was edited or is out of date`).toBe(expected);
    });
  }, 60_000);
});

describe("the SQLite migrations", () => {
  // Built in-process from SQL rather than by the CLI against database files (`migrate deploy`, `db push`): a CI
  // machine once took over a minute in `db push` for reasons it did not show, while `migrate diff` stayed fast.
  it("build the same tables, columns, indexes and keys as prisma/schema.prisma describes", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "schema-drift-"));
    try {
      const migrated = path.join(dir, "migrated.db");
      const described = path.join(dir, "described.db");
      const migrations = path.join("prisma", "migrations");
      buildSqlite(
        migrated,
        migrationNames(migrations).map((name) => fs.readFileSync(path.join(migrations, name, "migration.sql"), "utf8")),
      );
      buildSqlite(described, [diffScript({ from: null, to: path.join("prisma", "schema.prisma"), postgres: false })]);
      expect(describeSqlite(migrated)).toEqual(describeSqlite(described));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

/** What `migrate deploy` does with each migration: run its SQL, in order, each in one transaction. */
function buildSqlite(file: string, scripts: string[]) {
  const sqlite = new Database(file);
  try {
    for (const sql of scripts) sqlite.transaction(() => sqlite.exec(sql))();
  } finally {
    sqlite.close();
  }
}

/** A database's structure, independent of how its CREATE statements were worded. */
function describeSqlite(file: string) {
  const sqlite = new Database(file, { readonly: true });
  try {
    const tables = sqlite
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != '_prisma_migrations' ORDER BY name`,
      )
      .pluck()
      .all() as string[];
    return Object.fromEntries(
      tables.map((table) => [
        table,
        {
          // By name, not position: a column added in place (ALTER TABLE … ADD COLUMN, which rewrites no rows) comes
          // last, where a table built from scratch has it in schema order, and Prisma reads columns by name.
          columns: sqlite
            .prepare(`SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_info(?) ORDER BY name`)
            .all(table),
          indexes: (
            sqlite.prepare(`SELECT name, "unique" FROM pragma_index_list(?) ORDER BY name`).all(table) as {
              name: string;
              unique: number;
            }[]
          ).map((index) => ({
            ...index,
            columns: sqlite.prepare(`SELECT name FROM pragma_index_info(?) ORDER BY seqno`).pluck().all(index.name),
          })),
          foreignKeys: sqlite
            .prepare(
              `SELECT "table", "from", "to", on_update, on_delete FROM pragma_foreign_key_list(?) ORDER BY "from"`,
            )
            .all(table),
        },
      ]),
    );
  } finally {
    sqlite.close();
  }
}
