// The SQLite database holds everyone's training records: only the app's own user may read it. Plain Node
// (no server-only): the scripts, the migration runner and the app's client all open the file through here.
import fs from "node:fs";
import path from "node:path";

const FILE_MODE = 0o600;
const FOLDER_MODE = 0o700;
const SIDECARS = ["", "-wal", "-shm", "-journal"];

/** The database file a SQLite URL names (relative to the working folder, as Prisma reads it), or null. */
export function sqliteFileOf(url: string): string | null {
  return url.startsWith("file:") ? path.resolve(url.slice("file:".length).split("?")[0]!) : null;
}

const ownedByUs = (stat: fs.Stats) => typeof process.getuid !== "function" || stat.uid === process.getuid();
const octal = (mode: number) => (mode & 0o777).toString(8).padStart(4, "0");

/**
 * Creates the database's folder 0700 and the file 0600 before SQLite does (SQLite gives its -wal, -shm
 * and -journal files the database file's mode), and tightens an existing folder or file that others can
 * read, with one log line. A shared folder (sticky, like /tmp, or not ours) is left alone: only our files in it.
 */
export function secureSqliteFiles(file: string, log: (line: string) => void = console.log): void {
  const folder = path.dirname(file);
  const changed: string[] = [];
  if (!fs.existsSync(folder)) fs.mkdirSync(folder, { recursive: true, mode: FOLDER_MODE });
  else {
    const stat = fs.statSync(folder);
    const shared =
      (stat.mode & 0o1000) !== 0 ||
      !ownedByUs(stat) ||
      folder === process.cwd() ||
      folder === path.resolve(process.env.HOME ?? "/");
    if (!shared && (stat.mode & 0o077) !== 0) {
      fs.chmodSync(folder, FOLDER_MODE);
      changed.push(`${folder} (${octal(stat.mode)} → 0700)`);
    }
  }
  if (!fs.existsSync(file)) fs.closeSync(fs.openSync(file, "a", FILE_MODE)); // an empty file is an empty database
  for (const suffix of SIDECARS) {
    const target = file + suffix;
    if (!fs.existsSync(target)) continue;
    const stat = fs.statSync(target);
    if (!ownedByUs(stat) || (stat.mode & 0o077) === 0) continue;
    fs.chmodSync(target, FILE_MODE);
    changed.push(`${path.basename(target)} (${octal(stat.mode)} → 0600)`);
  }
  if (changed.length) log(`[database] Others could read the database: tightened ${changed.join(", ")}.`);
}
