import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";

// The PostgreSQL variant of the root prisma.config.ts, for `prisma generate` and for writing migrations with
// `prisma migrate diff` from the derived schema. Prisma 6.19's JS engine cannot apply migrations to PostgreSQL
// (lib/db/tooling/postgres-migrate.ts does), and its CLI opens the adapter even for a diff between two schema files, which
// needs no database. So unless DATABASE_URL names a PostgreSQL server, the CLI gets an in-memory SQLite adapter that
// it opens and never uses: the SQL it writes follows the schema's provider, PostgreSQL.
const url = process.env.DATABASE_URL?.startsWith("postgres") ? process.env.DATABASE_URL : null;
// The schema's env("DATABASE_URL") must name PostgreSQL, or the CLI falls back to its native engine.
process.env.DATABASE_URL = url ?? "postgresql://localhost/unused";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(import.meta.dirname, "schema.prisma"),
  migrations: { path: path.join(import.meta.dirname, "migrations") },
  adapter: async () => (url ? new PrismaPg({ connectionString: url }) : new PrismaBetterSQLite3({ url: ":memory:" })),
});
