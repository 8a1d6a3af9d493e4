import { spawn, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "./migrate";
import {
  BackupError,
  backupFileName,
  backupSqlite,
  databaseInUse,
  pruneBackups,
  restoreSqlite,
  sqliteFileFromUrl,
} from "./backup";

// A real database made by the committed migrations, in WAL mode as `npm start` leaves it.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "backup-test-"));
const dbFile = path.join(dir, "app.db");
const backups = path.join(dir, "backups");
const betterSqlite = path.resolve("node_modules", "better-sqlite3");

const insertSql = `INSERT INTO "Organisation" ("id", "name", "slug", "updatedAt") VALUES (?, ?, ?, ?)`;

function countOrganisations(file: string): number {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM "Organisation"`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** Every organisation, in order: "exactly the same data" means this is equal. */
function dumpOrganisations(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare(`SELECT "id", "name", "slug", "updatedAt" FROM "Organisation" ORDER BY "id"`).all();
    return createHash("sha256").update(JSON.stringify(rows)).digest("hex");
  } finally {
    db.close();
  }
}

function integrity(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.pragma("integrity_check", { simple: true }) as string;
  } finally {
    db.close();
  }
}

/** A second process writing one organisation per transaction until stopped; reports its count on stdout. */
function startWriter(options: { prefix: string; checkpoint: boolean }): {
  child: ChildProcess;
  written: () => number;
  reached: (n: number) => Promise<void>;
} {
  const code = `
    const Database = require(${JSON.stringify(betterSqlite)});
    const db = new Database(${JSON.stringify(dbFile)}, { timeout: 10000 });
    ${options.checkpoint ? "" : "db.pragma('wal_autocheckpoint = 0');"}
    const insert = db.prepare(${JSON.stringify(insertSql)});
    let i = 0;
    (function loop() {
      for (let k = 0; k < 5; k++, i++) insert.run('${options.prefix}' + i, 'Written during the backup ' + i + ' ' + 'x'.repeat(200), '${options.prefix}-' + i, new Date().toISOString());
      process.stdout.write(i + '\\n');
      setImmediate(loop);
    })();`;
  const child = spawn(process.execPath, ["-e", code], { stdio: ["ignore", "pipe", "inherit"] });
  let count = 0;
  const waiters: { n: number; resolve: () => void }[] = [];
  child.stdout!.on("data", (chunk: Buffer) => {
    const last = chunk.toString().trim().split("\n").pop();
    count = Number(last);
    for (const w of waiters.filter((w) => count >= w.n)) w.resolve();
  });
  return {
    child,
    written: () => count,
    reached: (n) =>
      new Promise<void>((resolve, reject) => {
        if (count >= n) return resolve();
        waiters.push({ n, resolve });
        child.once("exit", (status) => reject(new Error(`writer exited (${status}) before writing ${n} rows`)));
      }),
  };
}

function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill(signal);
  });
}

beforeAll(async () => {
  await applyMigrations(`file:${dbFile}`);
  const db = new Database(dbFile);
  db.pragma("journal_mode = WAL");
  // Enough rows for a backup of over a thousand pages, so it is not over before the writer moves.
  const insert = db.prepare(insertSql);
  db.transaction(() => {
    for (let i = 0; i < 15_000; i++)
      insert.run(`seed${i}`, `Organisation ${i} ${"y".repeat(200)}`, `seed-${i}`, new Date(0).toISOString());
  })();
  db.close();
}, 60_000);

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("backupSqlite", () => {
  it("takes a consistent backup while another process keeps writing in WAL mode", async () => {
    const writer = startWriter({ prefix: "live", checkpoint: true });
    try {
      await writer.reached(200);
      const before = countOrganisations(dbFile);
      const writtenBefore = writer.written();
      const result = await backupSqlite(dbFile, path.join(backups, "during-writes.db"));
      const after = countOrganisations(dbFile);
      // The writer was running throughout: it carried on after the backup finished.
      await writer.reached(writer.written() + 50);
      expect(writer.written()).toBeGreaterThan(writtenBefore);

      expect(result).toMatchObject({
        file: path.join(backups, "during-writes.db"),
        bytes: fs.statSync(result.file).size,
      });
      expect(result.tables).toBeGreaterThan(5);
      expect(integrity(result.file)).toBe("ok");
      const inBackup = countOrganisations(result.file);
      expect(inBackup).toBeGreaterThanOrEqual(before);
      expect(inBackup).toBeLessThanOrEqual(after);
      expect(before).toBeGreaterThanOrEqual(15_200);
      // One self-contained file, no temporary files left, readable by its owner only.
      const backupDb = new Database(result.file, { readonly: true });
      expect(backupDb.pragma("journal_mode", { simple: true })).toBe("delete");
      backupDb.close();
      expect(fs.readdirSync(backups)).toEqual(["during-writes.db"]);
      expect(fs.statSync(result.file).mode & 0o777).toBe(0o600);
    } finally {
      await stop(writer.child, "SIGTERM");
    }
    expect(integrity(dbFile)).toBe("ok");
  }, 60_000);

  it("explains what is wrong, in one line, and writes nothing", async () => {
    const missing = backupSqlite(path.join(dir, "missing.db"), path.join(backups, "x.db"));
    await expect(missing).rejects.toThrow(BackupError);
    await expect(missing).rejects.toThrow(/No database at/);

    const notSqlite = path.join(dir, "notes.txt");
    fs.writeFileSync(notSqlite, "these are not the tables you are looking for\n".repeat(200));
    await expect(backupSqlite(notSqlite, path.join(backups, "x.db"))).rejects.toThrow(/not a readable SQLite database/);

    // A folder that cannot exist (its parent is a file), which even root cannot write to.
    await expect(backupSqlite(dbFile, path.join(notSqlite, "sub", "x.db"))).rejects.toThrow(/Cannot write to/);
    await expect(backupSqlite(dbFile, path.join(backups, "during-writes.db"))).rejects.toThrow(/already exists/);
    expect(fs.readdirSync(backups)).toEqual(["during-writes.db"]);

    expect(() => sqliteFileFromUrl("postgresql://app@localhost/app")).toThrow(/pg_dump/);
    expect(() => sqliteFileFromUrl("mysql://localhost/app")).toThrow(/not a SQLite file/);
    expect(sqliteFileFromUrl("file:./data/app.db")).toBe(path.resolve("data", "app.db"));
  });
});

describe("restoreSqlite", () => {
  it("restores a backup over a database that has changed since, leaving exactly the backed-up data", async () => {
    const { file: backup } = await backupSqlite(dbFile, path.join(backups, "known.db"));
    const backedUp = dumpOrganisations(dbFile);
    const backedUpCount = countOrganisations(dbFile);

    // Change the database: rows deleted and updated, then a writer killed mid-stream, so the newest
    // rows exist only in a -wal file that SQLite would replay onto whatever file sits beside it.
    const db = new Database(dbFile);
    db.exec(
      `DELETE FROM "Organisation" WHERE "id" LIKE 'seed1%'; UPDATE "Organisation" SET "name" = 'Changed' WHERE "id" LIKE 'seed2%';`,
    );
    await expect(restoreSqlite(backup, dbFile)).rejects.toThrow(/in use: stop the server first/);
    expect(databaseInUse(dbFile)).toBe(true);
    db.close();
    const writer = startWriter({ prefix: "lost", checkpoint: false });
    await writer.reached(100);
    await stop(writer.child, "SIGKILL");
    expect(fs.statSync(`${dbFile}-wal`).size).toBeGreaterThan(0);
    expect(dumpOrganisations(dbFile)).not.toBe(backedUp);
    fs.chmodSync(dbFile, 0o644);

    let called = 0;
    const result = await restoreSqlite(backup, dbFile, { beforeReplace: () => void called++ });
    expect(called).toBe(1);
    expect(result).toMatchObject({ file: dbFile, tables: expect.any(Number) });
    expect(fs.existsSync(`${dbFile}-wal`)).toBe(false);
    expect(dumpOrganisations(dbFile)).toBe(backedUp);
    expect(countOrganisations(dbFile)).toBe(backedUpCount);
    expect(integrity(dbFile)).toBe("ok");
    expect(fs.statSync(dbFile).mode & 0o777).toBe(0o600);
    const restored = new Database(dbFile);
    expect(restored.pragma("journal_mode", { simple: true })).toBe("wal");
    restored.close();
    expect(fs.readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  }, 60_000);

  it("refuses a corrupt or empty backup and leaves the database untouched", async () => {
    const fingerprint = () => createHash("sha256").update(fs.readFileSync(dbFile)).digest("hex");
    const before = fingerprint();
    const data = dumpOrganisations(dbFile);

    const garbage = path.join(dir, "garbage.db");
    fs.writeFileSync(garbage, randomBytes(64 * 1024));
    // A real backup with pages in the middle overwritten: the header still says SQLite.
    const damaged = path.join(dir, "damaged.db");
    fs.copyFileSync(path.join(backups, "known.db"), damaged);
    const fd = fs.openSync(damaged, "r+");
    fs.writeSync(fd, randomBytes(64 * 1024), 0, 64 * 1024, 8 * 4096);
    fs.closeSync(fd);
    const empty = path.join(dir, "empty.db");
    fs.writeFileSync(empty, "");

    await expect(restoreSqlite(garbage, dbFile)).rejects.toThrow(
      /Refusing to restore .*integrity check failed.*not changed/,
    );
    await expect(restoreSqlite(damaged, dbFile)).rejects.toThrow(/Refusing to restore .*integrity check failed/);
    await expect(restoreSqlite(empty, dbFile)).rejects.toThrow(/no tables/);
    await expect(restoreSqlite(path.join(dir, "nowhere.db"), dbFile)).rejects.toThrow(/No backup file/);

    expect(fingerprint()).toBe(before);
    expect(dumpOrganisations(dbFile)).toBe(data);
    expect(fs.readdirSync(dir).filter((name) => name.endsWith(".tmp") || name.includes(".tmp-"))).toEqual([]);
  });
});

describe("retention", () => {
  it("keeps the most recent backups of the database and never touches other files", () => {
    const folder = path.join(dir, "retention");
    fs.mkdirSync(folder);
    const names = Array.from({ length: 20 }, (_, i) =>
      backupFileName("/srv/data/app.db", new Date(Date.UTC(2026, 0, 1 + i, 3, 4, 5))),
    );
    expect(names[0]).toBe("app-20260101-030405.db");
    for (const name of [...names, "app-pre-restore-20250101-000000.db", "other-20250101-000000.db", "notes.txt"])
      fs.writeFileSync(path.join(folder, name), "");

    const removed = pruneBackups(folder, "/srv/data/app.db", 14);
    expect(removed.map((f) => path.basename(f)).sort()).toEqual(names.slice(0, 6));
    expect(fs.readdirSync(folder).sort()).toEqual(
      [...names.slice(6), "app-pre-restore-20250101-000000.db", "notes.txt", "other-20250101-000000.db"].sort(),
    );
    expect(pruneBackups(folder, "/srv/data/app.db", 0)).toEqual([]);
  });
});
