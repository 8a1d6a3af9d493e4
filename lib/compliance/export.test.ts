import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { testDatabase } from "../testing/test-database";

// A real database: the export is read a thousand rows at a time, and a row lost or repeated at a chunk's edge
// would be a member of staff missing from, or doubled in, the record an inspector is shown.
const database = testDatabase("export");

type TActor = import("../auth/current-user").TActor;
let streamLearnersCsv: typeof import("./export").streamLearnersCsv;
let admin: TActor;
let orgId: string;
const LEARNERS = 2_345;

let course: import("../course").TCourse;

beforeAll(async () => {
  await database.migrate();
  const [{ db }, courses] = await Promise.all([import("../db/client"), import("../course")]);
  ({ streamLearnersCsv } = await import("./export"));
  course = courses.getDefaultCourse();
  const courseId = course.id;
  const org = await db.organisation.create({ data: { name: "Big School", slug: "big-school" } });
  orgId = org.id;
  const other = await db.organisation.create({ data: { name: "Other School", slug: "other-school" } });
  const people = (organisationId: string, prefix: string, n: number) =>
    Array.from({ length: n }, (_, i) => ({
      email: `${prefix}${i}@export.example`,
      name: `${prefix} ${i}`,
      searchName: `${prefix} ${i}`,
      organisationId,
      passwordHash: "$argon2id$fake",
    }));
  await db.user.createMany({ data: [...people(org.id, "learner", LEARNERS), ...people(other.id, "outsider", 30)] });
  const users = await db.user.findMany({ select: { id: true, organisationId: true } });
  await db.enrolment.createMany({
    data: users.map((u) => ({ userId: u.id, organisationId: u.organisationId, courseId })),
  });
  // Groups joined in reverse alphabetical order, one of them belonging to the other organisation.
  const [zebra, art, elsewhere] = await Promise.all([
    db.group.create({ data: { organisationId: org.id, name: "Zebra Class" } }),
    db.group.create({ data: { organisationId: org.id, name: "Art Club" } }),
    db.group.create({ data: { organisationId: other.id, name: "Other School Staff" } }),
  ]);
  const learner3 = await db.user.findUniqueOrThrow({ where: { email: "learner3@export.example" } });
  for (const group of [zebra, elsewhere, art])
    await db.groupMembership.create({ data: { userId: learner3.id, groupId: group.id } });
  // A deactivated member of staff is left out of the export, as from the dashboard.
  await db.user.update({ where: { email: "learner7@export.example" }, data: { active: false } });
  const adminUser = await db.user.create({
    data: {
      email: "admin@export.example",
      name: "Ada Admin",
      role: "ADMIN",
      organisationId: org.id,
      passwordHash: "$argon2id$fake",
    },
  });
  admin = { id: adminUser.id, name: adminUser.name, email: adminUser.email, role: "ADMIN", organisationId: org.id };
}, 60_000);

afterAll(() => database.drop());

describe("the CSV export", () => {
  it("has every active person of the organisation exactly once, across chunk boundaries, and no one else", async () => {
    const stream = await streamLearnersCsv(admin, course, { organisationId: orgId });
    const text = (await new Response(stream).text()).replace(/^\uFEFF/, "");
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    const emails = rows.map((r) => r.Email!);
    // Everyone but the deactivated learner; the administrator has no enrolment.
    expect(emails).toHaveLength(LEARNERS - 1);
    expect(new Set(emails).size).toBe(emails.length);
    expect(emails).not.toContain("learner7@export.example");
    expect(emails.filter((e) => e.startsWith("outsider"))).toEqual([]);
    expect(rows[0]).toMatchObject({ Status: "Not started", "Modules passed": expect.stringMatching(/^0 of \d+$/) });
  }, 60_000);

  it("gives each person their own name and email, and their groups by name in alphabetical order", async () => {
    const stream = await streamLearnersCsv(admin, course, { organisationId: orgId });
    const rows = parse((await new Response(stream).text()).replace(/^\uFEFF/, ""), { columns: true }) as Record<
      string,
      string
    >[];
    const byEmail = new Map(rows.map((r) => [r.Email!, r]));
    // Only this organisation's groups are named: another organisation's group says nothing to this one's trainer.
    expect(byEmail.get("learner3@export.example")).toMatchObject({
      Name: "learner 3",
      Groups: "Art Club; Zebra Class",
    });
    expect(byEmail.get("learner2000@export.example")).toMatchObject({ Name: "learner 2000", Groups: "" });
  }, 60_000);
});
