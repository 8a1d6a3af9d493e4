// `npm run restore -- <backup file>`: replaces the SQLite database with a backup. Stop the server first.
// See README, "Backups and restore".
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import {
  BackupError,
  backupFileName,
  backupSqlite,
  databaseInUse,
  formatBytes,
  restoreSqlite,
  sqliteFileFromUrl,
} from "../lib/db/tooling/backup";
import { DEFAULT_DATABASE_URL } from "../lib/db/provider";

const SAFETY_FOLDER = path.join("data", "backups");
const USAGE = "usage: npm run restore -- <backup file>  (stop the server first)";
// Inside the project folder, relative to it; elsewhere, absolute.
const relative = (file: string) =>
  path.relative(process.cwd(), file).startsWith("..") ? file : path.relative(process.cwd(), file);

async function main(): Promise<string> {
  let positionals: string[];
  try {
    ({ positionals } = parseArgs({ args: process.argv.slice(2), allowPositionals: true, options: {} }));
  } catch (error) {
    throw new BackupError(`${error instanceof Error ? error.message : String(error)} (${USAGE})`);
  }
  if (positionals.length !== 1) throw new BackupError(USAGE);
  const backup = path.resolve(positionals[0]!);
  const target = sqliteFileFromUrl(process.env.DATABASE_URL || DEFAULT_DATABASE_URL);

  console.log(`Restoring ${relative(target)} from ${relative(backup)}: the server must be stopped first.`);
  if (databaseInUse(target)) {
    throw new BackupError(
      `${relative(target)} is in use: stop the server first, then run the restore again. Nothing was changed.`,
    );
  }
  const result = await restoreSqlite(backup, target, {
    // Runs once the backup has passed its checks: keeps what is about to be replaced, in case the
    // wrong backup was chosen. A damaged database (often the reason to restore) cannot be copied;
    // that is reported and the restore goes ahead.
    beforeReplace: async () => {
      if (!fs.existsSync(target)) return;
      const saved = path.resolve(
        SAFETY_FOLDER,
        backupFileName(target).replace(/-(\d{8}-\d{6})\.db$/, "-pre-restore-$1.db"),
      );
      try {
        await backupSqlite(target, saved);
        console.log(`Saved the current database to ${relative(saved)} (kept until you delete it).`);
      } catch (error) {
        console.log(
          `Could not save a copy of the current database (${error instanceof Error ? error.message : String(error)}); restoring anyway.`,
        );
      }
    },
  });
  return `Restored ${relative(result.file)} (${formatBytes(result.bytes)}, ${result.tables} tables). Start the server again (npm start).`;
}

try {
  console.log(await main());
} catch (error) {
  console.error(`restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
