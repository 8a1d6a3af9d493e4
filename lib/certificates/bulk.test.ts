import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { certify } from "../testing/certify";
import { testDatabase } from "../testing/test-database";

// A real database: the audit event and the certificates it describes must name the same organisation.
const database = testDatabase("bulk-certificates");

type TActor = import("../auth/current-user").TActor;
let lib: {
  db: typeof import("../db/client").db;
  exportCertificatesForPeople: typeof import("./bulk").exportCertificatesForPeople;
};
const orgs = {} as Record<"a" | "b", string>;
const people = {} as Record<"adminA" | "trainerA" | "learnerA" | "learnerB", TActor>;

let course: import("../course").TCourse;

beforeAll(async () => {
  await database.migrate();
  const [{ db }, bulk, courses] = await Promise.all([import("../db/client"), import("./bulk"), import("../course")]);
  lib = { db, exportCertificatesForPeople: bulk.exportCertificatesForPeople };
  course = courses.getDefaultCourse();
  for (const key of ["a", "b"] as const)
    orgs[key] = (await db.organisation.create({ data: { name: `School ${key}`, slug: `school-${key}` } })).id;
  const person = async (key: keyof typeof people, role: TActor["role"], org: "a" | "b") => {
    const user = await db.user.create({
      data: {
        email: `${key.toLowerCase()}@bulk.example`,
        name: key,
        searchName: key.toLowerCase(),
        role,
        organisationId: orgs[org],
      },
    });
    people[key] = { id: user.id, name: user.name, email: user.email, role, organisationId: orgs[org] };
    if (role !== "LEARNER") return;
    const completedAt = new Date();
    const expiresAt = new Date(Date.now() + 1e10);
    await certify(db, {
      userId: user.id,
      course,
      number: `SG-${key.toUpperCase().padEnd(8, "X")}`,
      learnerName: key,
      organisationName: `School ${org}`,
      completedAt,
      expiresAt,
    });
  };
  await person("adminA", "ADMIN", "a");
  await person("trainerA", "TRAINER", "a");
  await person("learnerA", "LEARNER", "a");
  await person("learnerB", "LEARNER", "b");
});

afterAll(async () => {
  await lib?.db.$disconnect();
  await database.drop();
});

const exportEvents = (actor: TActor) =>
  lib.db.auditEvent.findMany({
    where: { action: "export.certificates-pdf", actorId: actor.id },
    orderBy: { createdAt: "asc" },
    select: { organisationId: true, details: true },
  });

describe("bulk certificate export", () => {
  it("an administrator exporting another organisation's certificates is audited under that organisation", async () => {
    const certificates = await lib.exportCertificatesForPeople(people.adminA, course, [people.learnerB.id], orgs.b);
    expect(certificates.map((c) => c.userId)).toEqual([people.learnerB.id]);
    expect(await exportEvents(people.adminA)).toEqual([{ organisationId: orgs.b, details: { count: 1 } }]);
  });

  it("without an organisation asked for, the export reads and is audited under the actor's own", async () => {
    const certificates = await lib.exportCertificatesForPeople(people.trainerA, course, [
      people.learnerA.id,
      people.learnerB.id,
    ]);
    expect(certificates.map((c) => c.userId)).toEqual([people.learnerA.id]);
    expect(await exportEvents(people.trainerA)).toEqual([{ organisationId: orgs.a, details: { count: 1 } }]);
  });

  it("a trainer asking for another organisation is refused and nothing is recorded; an empty export records nothing", async () => {
    const before = await lib.db.auditEvent.count();
    await expect(
      lib.exportCertificatesForPeople(people.trainerA, course, [people.learnerB.id], orgs.b),
    ).rejects.toThrow("cannot manage");
    expect(await lib.exportCertificatesForPeople(people.adminA, course, [people.learnerA.id], orgs.b)).toEqual([]);
    expect(await lib.db.auditEvent.count()).toBe(before);
  });
});
