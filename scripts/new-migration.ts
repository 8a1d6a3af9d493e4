// `npm run db:migration -- <name>`: after changing prisma/schema.prisma, writes the migration for both databases:
// prisma/migrations/<timestamp>_<name>/migration.sql (SQLite, from the schema as last committed) and
// prisma/postgresql/migrations/<timestamp>_<name>/ (PostgreSQL, from the last migration's snapshot), and refreshes
// the derived PostgreSQL schema. `prisma migrate dev` cannot do this here: Prisma 6.19's JS engine has no shadow database.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { derivePostgresSchema, POSTGRES_MIGRATIONS_PATH, POSTGRES_SCHEMA_PATH } from "../lib/db/tooling/derive-schema";
import { diffScript, EMPTY_MIGRATION, latestPostgresSnapshot, SNAPSHOT_FILE } from "../lib/db/tooling/migration-files";

const name = process.argv[2] ?? "";
if (!/^[a-z][a-z0-9_]{2,60}$/.test(name)) {
  console.error(
    "Usage: npm run db:migration -- <name>, the name in lower case with underscores, e.g. add_group_description",
  );
  process.exit(1);
}

const source = fs.readFileSync("prisma/schema.prisma", "utf8");
fs.writeFileSync(POSTGRES_SCHEMA_PATH, derivePostgresSchema(source));

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "migration-"));
const committed = path.join(tmp, "committed.prisma");
fs.writeFileSync(committed, execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { encoding: "utf8" }));
const sqlite = diffScript({ from: committed, to: "prisma/schema.prisma", postgres: false });
const postgres = diffScript({ from: latestPostgresSnapshot(), to: POSTGRES_SCHEMA_PATH, postgres: true });
fs.rmSync(tmp, { recursive: true, force: true });

const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const folder = `${stamp}_${name}`;
const written: string[] = [];
if (!sqlite.startsWith(EMPTY_MIGRATION)) {
  fs.mkdirSync(path.join("prisma/migrations", folder));
  fs.writeFileSync(path.join("prisma/migrations", folder, "migration.sql"), sqlite);
  written.push(`prisma/migrations/${folder}/migration.sql`);
}
if (!postgres.startsWith(EMPTY_MIGRATION)) {
  const dir = path.join(POSTGRES_MIGRATIONS_PATH, folder);
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, "migration.sql"), postgres);
  fs.copyFileSync(POSTGRES_SCHEMA_PATH, path.join(dir, SNAPSHOT_FILE));
  written.push(`${dir}/migration.sql`, `${dir}/${SNAPSHOT_FILE}`);
}
if (!written.length) {
  console.log("prisma/schema.prisma has not changed since the last migration: nothing to write.");
} else {
  console.log(`Wrote:\n  ${written.join("\n  ")}\nRead both SQL files before committing them with the schema.`);
  if (written.length !== 3)
    console.log(
      "Only one database changed. If the schema's change is already committed, its SQLite migration needs writing from the commit before.",
    );
}
