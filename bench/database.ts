// Reading the benchmark database from the load generator's side, on either database: who to act as, and what
// was stored. Queries are written once, with ? placeholders and quoted identifiers, which both accept.
import Database from "better-sqlite3";
import pg from "pg";
import type { TBenchDatabase } from "./config";
import { sqliteDate } from "./ids";

export type TBenchReader = {
  all<T>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
};

/** ? → $1, $2… for PostgreSQL (no query here has a ? inside a string literal). */
function numberedPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** Dates as each database's column compares them: Prisma's SQLite text, or PostgreSQL's UTC timestamp(3). */
function toParam(value: unknown, provider: TBenchDatabase["provider"]): unknown {
  if (!(value instanceof Date)) return value;
  return provider === "sqlite" ? sqliteDate(value.getTime()) : value.toISOString().replace("Z", "");
}

export async function openBenchReader(database: TBenchDatabase): Promise<TBenchReader> {
  if (!database.file) {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    return {
      async all<T>(sql: string, params: unknown[] = []) {
        return (
          await client.query(
            numberedPlaceholders(sql),
            params.map((p) => toParam(p, "postgresql")),
          )
        ).rows as T[];
      },
      close: () => client.end(),
    };
  }
  const sqlite = new Database(database.file, { readonly: true, fileMustExist: true });
  sqlite.pragma("busy_timeout = 10000");
  return {
    async all<T>(sql: string, params: unknown[] = []) {
      return sqlite.prepare(sql).all(...params.map((p) => toParam(p, "sqlite"))) as T[];
    },
    async close() {
      sqlite.close();
    },
  };
}
