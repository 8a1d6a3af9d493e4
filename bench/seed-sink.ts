// Where the seeder's rows go, on either database, bypassing Prisma: createMany costs ~0.2 ms a row here, far too
// slow for over a million rows in under two minutes.
//   SQLite: a prepared statement per table (microseconds a row), no journal and no fsync while seeding.
//   PostgreSQL: rows buffered and written as multi-row INSERTs, one transaction, no waiting for the WAL flush.
import Database from "better-sqlite3";
import pg from "pg";
import type { TBenchDatabase } from "./config";

export type TRowSink = {
  /** A writer of rows for one table; values in column order, dates as ISO text, booleans as 1/0. */
  table(name: string, columns: string[]): (...values: unknown[]) => void;
  /** Gives buffered rows to the database now and then; call it often, between whole records. */
  drain(): Promise<void>;
  /** Writes everything still buffered and commits. */
  finish(): Promise<void>;
  close(): Promise<void>;
};

const quoted = (name: string) => `"${name}"`;

export async function openRowSink(database: TBenchDatabase): Promise<TRowSink> {
  return database.file ? openSqliteSink(database.file) : openPostgresSink(database.url);
}

function openSqliteSink(file: string): TRowSink {
  const sqlite = new Database(file);
  // Throwaway data written once: no journal and no fsync while seeding; WAL is restored at the end.
  sqlite.pragma("journal_mode = OFF");
  sqlite.pragma("synchronous = OFF");
  sqlite.pragma("cache_size = -262144");
  sqlite.exec("BEGIN");
  return {
    table(name, columns) {
      const statement = sqlite.prepare(
        `INSERT INTO ${quoted(name)} (${columns.map(quoted).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
      );
      return (...values) => void statement.run(...values);
    },
    async drain() {},
    async finish() {
      sqlite.exec("COMMIT");
      sqlite.pragma("journal_mode = WAL");
    },
    async close() {
      if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
      sqlite.close();
    },
  };
}

/** Rows buffered across all tables before they are written. */
const BUFFERED_ROWS = 20_000;
/** PostgreSQL takes at most 65,535 parameters in one statement. */
const MAX_PARAMETERS = 65_535;

async function openPostgresSink(url: string): Promise<TRowSink> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query("BEGIN");
  // Throwaway data: the commit need not wait for the write-ahead log to reach the disk.
  await client.query("SET LOCAL synchronous_commit = off");
  // Tables in the order the writer declared them, which is the order of their foreign keys: writing every
  // buffered row table by table in this order never writes a row before the row it refers to.
  const tables: { name: string; columns: string[]; rows: unknown[][] }[] = [];
  let buffered = 0;

  async function writeAll() {
    for (const table of tables) {
      const perStatement = Math.floor(MAX_PARAMETERS / table.columns.length);
      for (let start = 0; start < table.rows.length; start += perStatement) {
        const rows = table.rows.slice(start, start + perStatement);
        let n = 0;
        const values = rows.map((row) => `(${row.map(() => `$${++n}`).join(",")})`).join(",");
        await client.query(
          `INSERT INTO ${quoted(table.name)} (${table.columns.map(quoted).join(", ")}) VALUES ${values}`,
          rows.flat(),
        );
      }
      table.rows = [];
    }
    buffered = 0;
  }

  return {
    table(name, columns) {
      const table = { name, columns, rows: [] as unknown[][] };
      tables.push(table);
      return (...values) => {
        table.rows.push(values);
        buffered++;
      };
    },
    async drain() {
      if (buffered >= BUFFERED_ROWS) await writeAll();
    },
    async finish() {
      await writeAll();
      await client.query("COMMIT");
      // What autovacuum would have done by the time a real database of this size was in use: the planner needs
      // the tables' statistics, and index-only scans need the visibility map.
      await client.query("VACUUM ANALYZE");
    },
    async close() {
      await client.end();
    },
  };
}
