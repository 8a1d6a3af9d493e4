// Each seeding run starts from an empty database, but never by deleting one that holds anything other than
// benchmark data: DATABASE_URL may point anywhere, including at an organisation's real records.
import fs from "node:fs";
import Database from "better-sqlite3";
import pg from "pg";
import { recreateDatabase } from "../lib/db/tooling/postgres-admin";
import { BENCH_ORG_SLUG_PREFIX, type TBenchDatabase } from "./config";

const refusal = (name: string, users: number) =>
  `${name} holds ${users} people and no benchmark data: refusing to replace it. Point DATABASE_URL at a benchmark database (default file:./data/bench.db).`;

export async function emptyBenchDatabase(database: TBenchDatabase): Promise<void> {
  const { file } = database;
  if (!file) {
    await assertPostgresDisposable(database);
    await recreateDatabase(database.url);
    return;
  }
  assertSqliteDisposable(file, database.name);
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
}

function assertSqliteDisposable(file: string, name: string): void {
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) return;
  const sqlite = new Database(file, { readonly: true });
  try {
    const hasUsers = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'User'").get();
    if (!hasUsers) return;
    const users = (sqlite.prepare(`SELECT count(*) AS n FROM "User"`).get() as { n: number }).n;
    const bench = sqlite
      .prepare(`SELECT 1 FROM "Organisation" WHERE slug LIKE ? LIMIT 1`)
      .get(`${BENCH_ORG_SLUG_PREFIX}%`);
    if (users > 0 && !bench) throw new Error(refusal(name, users));
  } finally {
    sqlite.close();
  }
}

async function assertPostgresDisposable(database: TBenchDatabase): Promise<void> {
  const client = new pg.Client({ connectionString: database.url });
  try {
    await client.connect();
  } catch (error) {
    // 3D000: the database does not exist yet, so there is nothing to lose.
    if ((error as { code?: string }).code === "3D000") return;
    throw error;
  }
  try {
    const [table] = (await client.query<{ exists: boolean }>(`SELECT to_regclass('"User"') IS NOT NULL AS "exists"`))
      .rows;
    if (!table?.exists) return;
    const users = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "User"`)).rows[0]!.n);
    const bench = (
      await client.query(`SELECT 1 FROM "Organisation" WHERE "slug" LIKE $1 LIMIT 1`, [`${BENCH_ORG_SLUG_PREFIX}%`])
    ).rowCount;
    if (users > 0 && !bench) throw new Error(refusal(database.name, users));
  } finally {
    await client.end();
  }
}
