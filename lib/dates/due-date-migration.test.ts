import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabase } from "../testing/test-database";
import { dueAtFor } from "./calendar-day";

// The migration that moves due dates stored the old way (23:59:59 UTC on the chosen day) to the end of that day in
// London, run again on a migrated database holding old values: on SQLite by default, on PostgreSQL with TEST_DATABASE_URL.
const database = testDatabase("due-date-migration");
const MIGRATION = "20261201230500_due_dates_end_of_london_day";

let db: typeof import("../db/client").db;

beforeAll(async () => {
  await database.migrate();
  ({ db } = await import("../db/client"));
});

afterAll(async () => {
  await db?.$disconnect();
  await database.drop();
});

/** The migration's statements, one at a time (as the driver takes them). */
function statements(): string[] {
  const dir = database.provider === "postgresql" ? "prisma/postgresql/migrations" : "prisma/migrations";
  const sql = fs.readFileSync(path.join(dir, MIGRATION, "migration.sql"), "utf8");
  return sql
    .split(/;\s*\n/)
    .map((s) =>
      s
        .split("\n")
        .filter((line) => !line.trim().startsWith("--"))
        .join("\n")
        .trim(),
    )
    .filter(Boolean);
}

const days = (from: string, count: number) =>
  Array.from({ length: count }, (_, i) =>
    new Date(Date.parse(`${from}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10),
  );
const legacy = (day: string) => new Date(`${day}T23:59:59Z`);

describe("the due-date migration", () => {
  it("moves old due dates, and the reminders anchored on them, to the end of the London day, and nothing else", async () => {
    const org = await db.organisation.create({ data: { name: "Migration School", slug: "migration-school" } });
    const people = await Promise.all(
      ["summer", "winter", "other"].map((key) =>
        db.user.create({ data: { email: `${key}@migration.example`, name: key, organisationId: org.id } }),
      ),
    );
    const [summer, winter, other] = people as [(typeof people)[0], (typeof people)[0], (typeof people)[0]];
    await db.enrolment.createMany({
      data: [
        { userId: summer.id, organisationId: org.id, courseId: "course", dueAt: legacy("2027-06-30") },
        { userId: winter.id, organisationId: org.id, courseId: "course", dueAt: legacy("2027-01-15") },
        // Not written by the old code: left alone.
        { userId: other.id, organisationId: org.id, courseId: "course", dueAt: new Date("2027-06-30T14:00:00Z") },
      ],
    });
    // Every day of two years, so both clock changes of each are crossed.
    const everyDay = days("2026-01-01", 730);
    await db.reminderSent.createMany({
      data: everyDay.map((day) => ({
        userId: summer.id,
        courseId: "course",
        stage: "due-7",
        anchorDate: legacy(day),
        emailMessageId: `e-${day}`,
      })),
    });
    await db.reminderSent.createMany({
      data: [
        {
          userId: winter.id,
          courseId: "course",
          stage: "overdue-trainer",
          anchorDate: legacy("2027-06-30"),
          emailMessageId: "trainer",
        },
        // An expiry reminder's anchor is a certificate's date, never a due date: left alone.
        {
          userId: winter.id,
          courseId: "course",
          stage: "expiry-7",
          anchorDate: legacy("2027-06-30"),
          emailMessageId: "expiry",
        },
      ],
    });

    for (const statement of statements()) await db.$executeRawUnsafe(statement);

    const enrolments = new Map(
      (await db.enrolment.findMany({ select: { userId: true, dueAt: true } })).map((e) => [
        e.userId,
        e.dueAt?.toISOString(),
      ]),
    );
    expect(enrolments.get(summer.id)).toBe("2027-06-30T22:59:59.999Z");
    expect(enrolments.get(winter.id)).toBe("2027-01-15T23:59:59.999Z");
    expect(enrolments.get(other.id)).toBe("2027-06-30T14:00:00.000Z");

    const anchors = new Map(
      (await db.reminderSent.findMany({ select: { emailMessageId: true, anchorDate: true } })).map((r) => [
        r.emailMessageId,
        r.anchorDate.toISOString(),
      ]),
    );
    for (const day of everyDay) expect(anchors.get(`e-${day}`), day).toBe(dueAtFor(day).toISOString());
    expect(anchors.get("trainer")).toBe("2027-06-30T22:59:59.999Z");
    expect(anchors.get("expiry")).toBe("2027-06-30T23:59:59.000Z");

    // Run again (as on a database already migrated): nothing moves.
    for (const statement of statements()) await db.$executeRawUnsafe(statement);
    expect((await db.enrolment.findFirstOrThrow({ where: { userId: summer.id } })).dueAt?.toISOString()).toBe(
      "2027-06-30T22:59:59.999Z",
    );
  }, 60_000);
});
