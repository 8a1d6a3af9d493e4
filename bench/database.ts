// Reading the benchmark database from the load generator's side, on either database: who to act as, and what
// was stored (and, before the server starts, the few rows it sets up). Queries are written once, with ?
// placeholders and quoted identifiers, which both accept.
import Database from "better-sqlite3";
import pg from "pg";
import type { TBenchDatabase } from "./config";
import { sqliteDate } from "./ids";

export type TBenchReader = {
  all<T>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
};
export type TBenchWriter = TBenchReader & { run(sql: string, params?: unknown[]): Promise<void> };

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

export function openBenchReader(database: TBenchDatabase): Promise<TBenchReader> {
  return open(database, { writable: false });
}

/** Writable: only for what the load generator sets up before the server starts (see staff-authenticators.ts). */
export function openBenchWriter(database: TBenchDatabase): Promise<TBenchWriter> {
  return open(database, { writable: true });
}

async function open(database: TBenchDatabase, { writable }: { writable: boolean }): Promise<TBenchWriter> {
  if (!database.file) {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const query = (sql: string, params: unknown[]) =>
      client.query(
        numberedPlaceholders(sql),
        params.map((p) => toParam(p, "postgresql")),
      );
    return {
      async all<T>(sql: string, params: unknown[] = []) {
        return (await query(sql, params)).rows as T[];
      },
      async run(sql: string, params: unknown[] = []) {
        await query(sql, params);
      },
      close: () => client.end(),
    };
  }
  const sqlite = new Database(database.file, { readonly: !writable, fileMustExist: true });
  sqlite.pragma("busy_timeout = 10000");
  const bound = (params: unknown[]) => params.map((p) => toParam(p, "sqlite"));
  return {
    async all<T>(sql: string, params: unknown[] = []) {
      return sqlite.prepare(sql).all(...bound(params)) as T[];
    },
    async run(sql: string, params: unknown[] = []) {
      sqlite.prepare(sql).run(...bound(params));
    },
    async close() {
      sqlite.close();
    },
  };
}
