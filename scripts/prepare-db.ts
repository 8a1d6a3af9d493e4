// Creates the database if needed, applies committed migrations, and seeds demo data when empty.
import path from "node:path";
import Database from "better-sqlite3";
import { applyMigrations } from "../lib/db/tooling/migrate";
import { DEFAULT_DATABASE_URL } from "../lib/db/provider";
import { secureSqliteFiles } from "../lib/db/sqlite-files";
import { seedDemo } from "../prisma/seed";

export function sqlitePath(databaseUrl: string): string | null {
  if (!databaseUrl.startsWith("file:")) return null;
  return path.resolve(databaseUrl.slice("file:".length));
}

export async function prepareDatabase(options: { seed: boolean }): Promise<void> {
  const databaseUrl = (process.env.DATABASE_URL ??= DEFAULT_DATABASE_URL);
  const file = sqlitePath(databaseUrl);
  // The folder 0700 and the file 0600 (existing ones tightened, with a log line): see lib/db/sqlite-files.ts.
  if (file) secureSqliteFiles(file);

  try {
    await applyMigrations(databaseUrl, { log: (line) => console.log(line) });
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    throw new Error("Applying database migrations failed (see above).");
  }
  console.log(`Database ready (${file ?? "PostgreSQL"}): migrations applied.`);

  if (file) {
    // WAL lets lessons be read while a quiz is being written; the mode is stored in the file.
    const sqlite = new Database(file);
    sqlite.pragma("journal_mode = WAL");
    sqlite.close();
  }

  if (!options.seed) return;
  if (process.env.NODE_ENV === "production" && process.env.SEED_DEMO !== "1") return;
  const seeded = await seedDemo(databaseUrl);
  if (seeded === "seeded") console.log("Seeded the demo organisation and users (see README for sign-in details).");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await prepareDatabase({ seed: !process.argv.includes("--no-seed") });
}
