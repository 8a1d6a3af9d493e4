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
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url, timeout: 10_000 }) });
}
