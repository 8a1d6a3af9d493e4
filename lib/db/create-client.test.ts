import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabase } from "../testing/test-database";
import { createPrismaClient } from "./create-client";

// A second process writing to the same SQLite file, as another server process would (npm start runs one per core):
// it waits for the write lock (busy timeout), as the app's own connections do.
const database = testDatabase("create-client");
const betterSqlite = createRequire(import.meta.url).resolve("better-sqlite3");
function writeFromAnotherProcess(file: string, organisationId: string) {
  const script = `const D = require(${JSON.stringify(betterSqlite)}); const db = new D(${JSON.stringify(file)}, { timeout: 10000 });
    db.prepare('UPDATE "Organisation" SET "slug" = ? WHERE "id" = ?').run("lock-school-2", ${JSON.stringify(organisationId)});`;
  return promisify(execFile)(process.execPath, ["-e", script]);
}

describe.runIf(database.provider === "sqlite")("SQLite transactions across server processes", () => {
  beforeAll(() => database.migrate(), 60_000);
  afterAll(() => database.drop());

  it("a transaction that reads, then writes after another process wrote, waits its turn instead of failing", async () => {
    const db = createPrismaClient(database.url);
    try {
      const organisation = await db.organisation.create({ data: { name: "Lock School", slug: "lock-school" } });
      let otherWrite: Promise<unknown> = Promise.resolve();
      // This process reads, the other writes meanwhile, then this one writes what it decided from its read.
      const readThenWrite = db.$transaction(
        async (tx) => {
          const before = await tx.organisation.findUniqueOrThrow({ where: { id: organisation.id } });
          otherWrite = writeFromAnotherProcess(database.url.slice("file:".length), organisation.id);
          await new Promise((r) => setTimeout(r, 500));
          return tx.organisation.update({ where: { id: organisation.id }, data: { name: `${before.name} (read)` } });
        },
        { timeout: 20_000 },
      );
      await expect(readThenWrite).resolves.toMatchObject({ name: "Lock School (read)" });
      await otherWrite;
      const after = await db.organisation.findUniqueOrThrow({ where: { id: organisation.id } });
      expect(after).toMatchObject({ name: "Lock School (read)", slug: "lock-school-2" });
    } finally {
      await db.$disconnect();
    }
  }, 30_000);
});
