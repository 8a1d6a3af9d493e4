// `npm run backup [-- <destination>] [--keep N]`: a consistent online backup of the SQLite database,
// safe while the server runs. See README, "Backups and restore".
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import {
  BackupError,
  backupFileName,
  backupSqlite,
  formatBytes,
  pruneBackups,
  sqliteFileFromUrl,
} from "../lib/db/tooling/backup";
import { DEFAULT_DATABASE_URL } from "../lib/db/provider";

const DEFAULT_FOLDER = path.join("data", "backups");
const DEFAULT_KEEP = 14;
const USAGE = "usage: npm run backup [-- <file or folder>] [--keep N]";

async function main(): Promise<string> {
  let parsed;
  try {
    parsed = parseArgs({ args: process.argv.slice(2), allowPositionals: true, options: { keep: { type: "string" } } });
  } catch (error) {
    throw new BackupError(`${error instanceof Error ? error.message : String(error)} (${USAGE})`);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) throw new BackupError(`one destination at most (${USAGE})`);
  const keep = values.keep === undefined ? DEFAULT_KEEP : Number(values.keep);
  if (!Number.isInteger(keep) || keep < 0)
    throw new BackupError(`--keep needs a whole number (0 keeps every backup), got "${values.keep}"`);

  const source = sqliteFileFromUrl(process.env.DATABASE_URL || DEFAULT_DATABASE_URL);
  // A folder (the default, an existing folder, or a path ending in /) gets a timestamped name and
  // retention; an explicit file name is written as given and nothing is pruned.
  const given = positionals[0];
  const intoFolder =
    given === undefined || /[\\/]$/.test(given) || (fs.existsSync(given) && fs.statSync(given).isDirectory());
  const folder = path.resolve(given === undefined ? DEFAULT_FOLDER : intoFolder ? given : path.dirname(given));
  const destination = intoFolder ? path.join(folder, backupFileName(source)) : path.resolve(given!);

  const result = await backupSqlite(source, destination);
  const removed = intoFolder ? pruneBackups(folder, source, keep) : [];
  // Inside the project folder, relative to it; elsewhere, absolute.
  const relative = (file: string) =>
    path.relative(process.cwd(), file).startsWith("..") ? file : path.relative(process.cwd(), file);
  return (
    `Backed up ${relative(source)} to ${relative(result.file)} (${formatBytes(result.bytes)}, ${result.tables} tables)` +
    (removed.length
      ? `; removed ${removed.length} older backup${removed.length === 1 ? "" : "s"}, keeping ${keep}.`
      : ".")
  );
}

try {
  console.log(await main());
} catch (error) {
  console.error(`backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
