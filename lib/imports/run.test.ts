import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabase } from "../testing/test-database";

// A real database: all-or-nothing and batch speed are properties of the data layer.
const database = testDatabase("import");

let lib: {
  db: typeof import("../db/client").db;
  previewImport: typeof import("./run").previewImport;
  applyImport: typeof import("./run").applyImport;
};
let admin: import("../auth/current-user").TActor;
let orgId: string;

beforeAll(async () => {
  await database.migrate();
  const [{ db }, run] = await Promise.all([import("../db/client"), import("./run")]);
  lib = { db, previewImport: run.previewImport, applyImport: run.applyImport };
  const org = await db.organisation.create({ data: { name: "Import School", slug: "import-school", groups: { create: [{ name: "Early Years" }, { name: "Key Stage 1" }] } } });
  orgId = org.id;
  const user = await db.user.create({ data: { email: "admin@import.example", name: "Admin", role: "ADMIN", organisationId: org.id } });
  admin = { id: user.id, name: user.name, email: user.email, role: "ADMIN", organisationId: org.id };
});

afterAll(async () => {
  await lib?.db.$disconnect();
  await database.drop();
});

describe("CSV import", () => {
  it("writes nothing when a row is rejected, and refuses to apply that preview", async () => {
    const preview = await lib.previewImport(admin, orgId, "name,email,group\nAnn,ann@import.example,Early Years\nBad,not-an-email,Early Years\n");
    expect(preview.counts).toEqual({ create: 1, update: 0, reject: 1 });
    const applied = await lib.applyImport(admin, preview.batchId!, "http://localhost", { sendWelcome: true });
    expect(applied).toMatchObject({ ok: false, message: expect.stringContaining("Fix them") });
    expect(await lib.db.user.count({ where: { organisationId: orgId } })).toBe(1);
  });

  it("imports five thousand learners with groups, due dates, enrolments and welcome links in one go, once", { timeout: 60_000 }, async () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `Person ${i},person${i}@import.example,${i % 2 ? "Early Years" : "Key Stage 1;Early Years"},2027-03-31`);
    const preview = await lib.previewImport(admin, orgId, `name,email,group,due date\n${lines.join("\n")}\n`);
    expect(preview.counts).toEqual({ create: 5000, update: 0, reject: 0 });
    const applied = await lib.applyImport(admin, preview.batchId!, "http://localhost", { sendWelcome: true });
    expect(applied).toMatchObject({ ok: true, created: 5000, updated: 0 });
    expect(await lib.db.user.count({ where: { organisationId: orgId, role: "LEARNER" } })).toBe(5000);
    expect(await lib.db.groupMembership.count()).toBe(7500);
    expect(await lib.db.enrolment.count({ where: { organisationId: orgId, dueAt: new Date("2027-03-31T23:59:59Z") } })).toBe(5000);
    expect(await lib.db.emailMessage.count({ where: { kind: "welcome" } })).toBe(5000);
    expect(await lib.applyImport(admin, preview.batchId!, "http://localhost", { sendWelcome: true })).toMatchObject({ ok: false });
    expect(await lib.db.user.count({ where: { organisationId: orgId } })).toBe(5001);
  });

  it("updates people already in the organisation, adding groups and due dates without duplicates", async () => {
    const preview = await lib.previewImport(admin, orgId, "name,email,group,due date\nPerson Zero Renamed,person0@import.example,Key Stage 1,01/09/2027\n");
    expect(preview.counts).toEqual({ create: 0, update: 1, reject: 0 });
    expect(await lib.applyImport(admin, preview.batchId!, "http://localhost", { sendWelcome: false })).toMatchObject({ ok: true, updated: 1 });
    const person = await lib.db.user.findUniqueOrThrow({ where: { email: "person0@import.example" }, include: { memberships: true, enrolments: true } });
    expect(person.name).toBe("Person Zero Renamed");
    expect(person.memberships).toHaveLength(2);
    expect(person.enrolments[0]?.dueAt).toEqual(new Date("2027-09-01T23:59:59Z"));
  });
});
