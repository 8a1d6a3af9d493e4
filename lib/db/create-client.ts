import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "../../generated/prisma-postgresql/client";
import { databaseProvider } from "./provider";
import { secureSqliteFiles, sqliteFileOf } from "./sqlite-files";

/**
 * A Prisma client for whichever database the URL names. The two generated clients come from one data model
 * (lib/db/tooling/derive-schema.ts) and share Prisma's runtime, so they have the same API and the same error classes;
 * the rest of the app uses the SQLite client's types for both.
 */
export function createPrismaClient(url: string, options: { poolSize?: number } = {}): PrismaClient {
  if (databaseProvider(url) === "postgresql") {
    const adapter = new PrismaPg({ connectionString: url, max: options.poolSize ?? 10 });
    return new PostgresPrismaClient({ adapter }) as unknown as PrismaClient;
  }
  const file = sqliteFileOf(url);
  if (file) secureSqliteFiles(file);
  // Wait for a busy writer rather than failing at once (SQLite allows one writer at a time).
  return new PrismaClient({ adapter: withImmediateTransactions(new PrismaBetterSQLite3({ url, timeout: 10_000 })) });
}

type TStatementSource = { prepare: (sql: string) => unknown };

/**
 * Every transaction takes SQLite's write lock when it begins (BEGIN IMMEDIATE), not at its first write. Prisma's
 * adapter begins them deferred, which one process makes safe (the adapter queues its own transactions), but with
 * several server processes on one file (npm start runs one per core) a transaction that reads and then writes fails
 * at once with SQLITE_BUSY when another process wrote in between: SQLite cannot wait for a lock there without
 * breaking the snapshot the transaction already read. Taken at BEGIN, the lock is waited for (the busy timeout), so
 * the processes' transactions simply run one after another, as one process's always did.
 */
export function withImmediateTransactions(factory: PrismaBetterSQLite3): PrismaBetterSQLite3 {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    // The adapter's driver connection, on which it runs "BEGIN" for every transaction.
    const client = (adapter as unknown as { client: TStatementSource }).client;
    const prepare = client.prepare.bind(client);
    client.prepare = (sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql);
    return adapter;
  };
  return factory;
}
