import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabase } from "../testing/test-database";

const database = testDatabase("enrol");

let db: typeof import("../db/client").db;
let enrol: typeof import("./enrol").enrol;
let orgId: string;

const person = async (n: string) =>
  (await db.user.create({ data: { email: `${n}@enrol.example`, name: n, organisationId: orgId } })).id;

beforeAll(async () => {
  await database.migrate();
  const [client, module] = await Promise.all([import("../db/client"), import("./enrol")]);
  db = client.db;
  enrol = module.enrol;
  orgId = (await db.organisation.create({ data: { name: "Enrol School", slug: "enrol-school" } })).id;
});

afterAll(async () => {
  await db?.$disconnect();
  await database.drop();
});

describe("enrol", () => {
  it("enrols people on the course it is given, unassigned or with a due date, in the caller's transaction", async () => {
    const [ann, bob] = [await person("ann"), await person("bob")];
    const dueAt = new Date("2027-03-01T23:59:59Z");
    const assignedAt = new Date("2027-01-01T09:00:00Z");
    const count = await db.$transaction((tx) =>
      enrol(tx, [
        { userId: ann, organisationId: orgId, courseId: "course-a" },
        {
          userId: bob,
          organisationId: orgId,
          courseId: "course-a",
          assignment: { dueAt, assignedAt, assignedById: ann },
        },
      ]),
    );
    expect(count).toBe(2);
    const rows = await db.enrolment.findMany({
      where: { organisationId: orgId },
      orderBy: { dueAt: { sort: "asc", nulls: "first" } },
      select: { userId: true, courseId: true, dueAt: true, assignedAt: true, assignedById: true, modulesPassed: true },
    });
    expect(rows).toEqual([
      { userId: ann, courseId: "course-a", dueAt: null, assignedAt: null, assignedById: null, modulesPassed: 0 },
      { userId: bob, courseId: "course-a", dueAt, assignedAt, assignedById: ann, modulesPassed: 0 },
    ]);
  });

  it("enrols the same person on another course, but not twice on one; nobody to enrol writes nothing", async () => {
    const cy = await person("cy");
    await enrol(db, [{ userId: cy, organisationId: orgId, courseId: "course-a" }]);
    expect(await enrol(db, [{ userId: cy, organisationId: orgId, courseId: "course-b" }])).toBe(1);
    await expect(enrol(db, [{ userId: cy, organisationId: orgId, courseId: "course-a" }])).rejects.toThrow();
    expect(await enrol(db, [])).toBe(0);
  });

  it("is undone with the transaction it is part of, so no account is left without its enrolment", async () => {
    await expect(
      db.$transaction(async (tx) => {
        const user = await tx.user.create({ data: { email: "dee@enrol.example", name: "Dee", organisationId: orgId } });
        await enrol(tx, [{ userId: user.id, organisationId: orgId, courseId: "course-a" }]);
        throw new Error("a later step failed");
      }),
    ).rejects.toThrow("a later step failed");
    expect(await db.user.count({ where: { email: "dee@enrol.example" } })).toBe(0);
    expect(await db.enrolment.count({ where: { organisationId: orgId, courseId: "course-a" } })).toBe(3);
  });
});
