// Online backup and restore of the SQLite database. Plain Node (no server-only): used by
// scripts/backup.ts and scripts/restore.ts, which run beside the server, not inside it.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/** A failure with a message meant for the operator, printed on one line by the scripts. */
export class BackupError extends Error {
  override name = "BackupError";
}

export type TBackupResult = {
  /** Absolute path of the file written. */
  file: string;
  bytes: number;
  /** How many tables the copy holds (SQLite's internal tables not counted). */
  tables: number;
};

/** e.g. "1.4 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Backups the scripts name themselves: `<database name>-YYYYMMDD-HHMMSS.db`, in UTC. */
export function backupFileName(databaseFile: string, at: Date = new Date()): string {
  const stamp = at
    .toISOString()
    .replace(/\.\d+Z$/, "")
    .replace(/[-:]/g, "")
    .replace("T", "-");
  return `${databaseBaseName(databaseFile)}-${stamp}.db`;
}

function databaseBaseName(databaseFile: string): string {
  return path.basename(databaseFile).replace(/\.(db|sqlite3?)$/i, "");
}

/**
 * The SQLite file a DATABASE_URL points at, resolved against the working directory (the project
 * folder), exactly as the app's adapter reads it. Other databases are refused with a message.
 */
export function sqliteFileFromUrl(databaseUrl: string): string {
  if (/^postgres(ql)?:\/\//i.test(databaseUrl)) {
    throw new BackupError(
      "DATABASE_URL points at PostgreSQL: back it up with pg_dump instead (see the README's PostgreSQL section).",
    );
  }
  if (!databaseUrl.startsWith("file:")) {
    throw new BackupError(
      `DATABASE_URL is not a SQLite file: URL (expected e.g. file:./data/app.db, got "${databaseUrl.split(":")[0]}:…").`,
    );
  }
  return path.resolve(databaseUrl.replace(/^file:/, ""));
}

const FS_REASONS: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "read-only file system",
  ENOSPC: "no space left on the disk",
  EEXIST: "a file is in the way of the folder",
  ENOTDIR: "a file is in the way of the folder",
  SQLITE_CANTOPEN: "cannot create the file there",
  SQLITE_READONLY: "read-only",
  SQLITE_FULL: "no space left on the disk",
};

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = "code" in error && typeof error.code === "string" ? error.code : "";
  if (Object.hasOwn(FS_REASONS, code)) return `${FS_REASONS[code]} (${code})`;
  return code ? `${error.message} (${code})` : error.message;
}

function tempBeside(file: string, purpose: string): string {
  return path.join(
    path.dirname(file),
    `.${path.basename(file)}.${purpose}-${process.pid}-${randomBytes(4).toString("hex")}.tmp`,
  );
}

function removeWithSidecars(file: string): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
}

/** Flushes a file (or a folder, so a rename in it survives a power cut) to disk. */
function fsyncPath(file: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, "r");
    fs.fsyncSync(fd);
  } catch {
    // Folders cannot be opened for fsync on some platforms; the data itself was flushed.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * Checks a copy with `PRAGMA integrity_check` and leaves it self-contained in the given journal mode.
 * Throws a BackupError when the file is not SQLite, is damaged, or holds no tables.
 */
function verifyCopy(file: string, journalMode: "delete" | "wal"): { tables: number } {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: true });
    const result = db.pragma("integrity_check") as { integrity_check: string }[];
    const problems = result.map((r) => r.integrity_check).filter((line) => line !== "ok");
    if (result.length === 0 || problems.length > 0) {
      throw new BackupError(`integrity check failed: ${problems.slice(0, 3).join("; ") || "no result"}`);
    }
    const { n } = db
      .prepare(
        "SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'",
      )
      .get() as { n: number };
    if (n === 0) throw new BackupError("it holds no tables (an empty database)");
    db.pragma(`journal_mode = ${journalMode}`);
    return { tables: n };
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`integrity check failed: ${describe(error)}`);
  } finally {
    db?.close();
  }
}

/**
 * Copies a live SQLite database to `destinationFile` with SQLite's online backup API, which reads one
 * consistent snapshot (committed WAL content included) while the server keeps reading and writing.
 * The copy is written to a temporary file in the destination folder, checked with
 * `PRAGMA integrity_check`, switched to a single self-contained file (no -wal beside it), readable by
 * its owner only, flushed to disk, and only then renamed into place. Never overwrites an existing file.
 */
export async function backupSqlite(databaseFile: string, destinationFile: string): Promise<TBackupResult> {
  const source = path.resolve(databaseFile);
  const destination = path.resolve(destinationFile);
  if (!fs.existsSync(source)) throw new BackupError(`No database at ${source}.`);
  if (!fs.statSync(source).isFile()) throw new BackupError(`${source} is not a file.`);
  if (fs.existsSync(destination)) throw new BackupError(`${destination} already exists; choose another name.`);

  const folder = path.dirname(destination);
  try {
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
    fs.accessSync(folder, fs.constants.W_OK);
  } catch (error) {
    throw new BackupError(`Cannot write to ${folder}: ${describe(error)}.`);
  }

  let db: Database.Database;
  try {
    // Read-write like the app's own connections (a read-only one cannot tidy the WAL when it closes);
    // it only reads. The timeout waits out a checkpoint rather than failing.
    db = new Database(source, { fileMustExist: true, timeout: 10_000 });
    db.prepare("SELECT count(*) FROM sqlite_master").get();
  } catch (error) {
    throw new BackupError(`${source} is not a readable SQLite database: ${describe(error)}.`);
  }

  const temp = tempBeside(destination, "backup");
  try {
    try {
      // After the first (empty) step, copy every remaining page in one step: one snapshot, so writes
      // from other connections cannot restart it, and in WAL mode writers are not blocked meanwhile.
      await db.backup(temp, { progress: () => 0x7fffffff });
    } catch (error) {
      throw new BackupError(`Writing the backup to ${folder} failed: ${describe(error)}.`);
    } finally {
      db.close();
    }
    const { tables } = verifyCopy(temp, "delete");
    fs.chmodSync(temp, 0o600);
    fsyncPath(temp);
    if (fs.existsSync(destination)) throw new BackupError(`${destination} already exists; choose another name.`);
    fs.renameSync(temp, destination);
    fsyncPath(folder);
    return { file: destination, bytes: fs.statSync(destination).size, tables };
  } catch (error) {
    removeWithSidecars(temp);
    if (error instanceof BackupError) throw error;
    throw new BackupError(`Backup failed: ${describe(error)}.`);
  }
}

/**
 * Whether another connection has the database open. Reliable in WAL mode (the app's mode), where every
 * open connection holds a shared lock on the file; a file that is not SQLite counts as not in use.
 */
export function databaseInUse(databaseFile: string): boolean {
  if (!fs.existsSync(databaseFile)) return false;
  let db: Database.Database | undefined;
  try {
    db = new Database(databaseFile, { fileMustExist: true, timeout: 0 });
    db.pragma("locking_mode = EXCLUSIVE");
    db.exec("BEGIN EXCLUSIVE; COMMIT;");
    return false;
  } catch (error) {
    const code = error instanceof Error && "code" in error ? String(error.code) : "";
    return code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED");
  } finally {
    db?.close();
  }
}

/**
 * Replaces `databaseFile` with a copy of `backupFile`. **Run it with the server stopped**: it refuses
 * when it can see the database open (WAL mode), but a server that has not yet opened it would not show.
 *
 * Refuses, leaving the database untouched, unless the backup passes `PRAGMA integrity_check` and holds
 * tables. The backup is copied to a temporary file beside the database and checked there; then, after
 * `beforeReplace` (e.g. saving the current database), the database's stale -wal, -shm and -journal
 * files are removed (SQLite would otherwise replay them onto the restored file) and the copy is renamed
 * over it in one step. The restored file is left in WAL mode, as `npm start` leaves it, readable by its
 * owner only (0600).
 */
export async function restoreSqlite(
  backupFile: string,
  databaseFile: string,
  options: { beforeReplace?: () => void | Promise<void> } = {},
): Promise<TBackupResult> {
  const backup = path.resolve(backupFile);
  const target = path.resolve(databaseFile);
  if (!fs.existsSync(backup) || !fs.statSync(backup).isFile()) throw new BackupError(`No backup file at ${backup}.`);
  if (backup === target) throw new BackupError("The backup file is the database itself.");
  const wal = `${backup}-wal`;
  if (fs.existsSync(wal) && fs.statSync(wal).size > 0) {
    throw new BackupError(
      `${backup} has a -wal file beside it, so the file alone is incomplete; restore from a file made by npm run backup.`,
    );
  }

  const folder = path.dirname(target);
  try {
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw new BackupError(`Cannot write to ${folder}: ${describe(error)}.`);
  }
  const temp = tempBeside(target, "restore");
  try {
    try {
      fs.copyFileSync(backup, temp);
      // The copy takes the backup's mode; the database is for the app's user only, whatever the backup's was.
      fs.chmodSync(temp, 0o600);
    } catch (error) {
      throw new BackupError(`Cannot copy the backup into ${folder}: ${describe(error)}.`);
    }
    let tables: number;
    try {
      ({ tables } = verifyCopy(temp, "wal"));
    } catch (error) {
      throw new BackupError(
        `Refusing to restore ${backup}: ${error instanceof Error ? error.message : String(error)}. The database was not changed.`,
      );
    }
    if (databaseInUse(target)) {
      throw new BackupError(
        `${target} is in use: stop the server first, then run the restore again. The database was not changed.`,
      );
    }
    await options.beforeReplace?.();
    fsyncPath(temp);
    for (const suffix of ["-wal", "-shm", "-journal"]) fs.rmSync(target + suffix, { force: true });
    fs.renameSync(temp, target);
    fsyncPath(folder);
    return { file: target, bytes: fs.statSync(target).size, tables };
  } catch (error) {
    removeWithSidecars(temp);
    if (error instanceof BackupError) throw error;
    throw new BackupError(`Restore failed: ${describe(error)}.`);
  }
}

/**
 * Deletes all but the `keep` most recent backups of one database that the scripts named themselves
 * (`<name>-YYYYMMDD-HHMMSS.db`) in `folder`; other files are never touched. Returns the deleted paths.
 */
export function pruneBackups(folder: string, databaseFile: string, keep: number): string[] {
  if (keep <= 0 || !fs.existsSync(folder)) return [];
  const base = databaseBaseName(databaseFile).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = new RegExp(`^${base}-\\d{8}-\\d{6}\\.db$`);
  // The UTC timestamp in the name sorts chronologically, and survives copying (mtimes do not).
  const old = fs
    .readdirSync(folder)
    .filter((name) => pattern.test(name))
    .sort()
    .reverse()
    .slice(keep);
  for (const name of old) fs.rmSync(path.join(folder, name), { force: true });
  return old.map((name) => path.join(folder, name));
}
