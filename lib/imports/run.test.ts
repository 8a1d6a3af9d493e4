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

describe("a trainer's import", () => {
  type TActor = import("../auth/current-user").TActor;
  let trainer: TActor;
  let limited: TActor;
  let schoolId: string;
  const ids: Record<string, string> = {};
  const NOT_YOURS = "This address cannot be added by you: ask an administrator.";

  beforeAll(async () => {
    const { db } = lib;
    const school = await db.organisation.create({ data: { name: "Trainer School", slug: "trainer-school", groups: { create: [{ name: "Red" }, { name: "Blue" }] } }, include: { groups: true } });
    schoolId = school.id;
    const red = school.groups.find((g) => g.name === "Red")!.id;
    const blue = school.groups.find((g) => g.name === "Blue")!.id;
    const elsewhere = await db.organisation.create({ data: { name: "Elsewhere School", slug: "elsewhere-school" } });
    const person = async (key: string, role: TActor["role"], organisationId: string, groups: string[] = []) => {
      const user = await db.user.create({ data: { email: `${key}@trainer.example`, name: key, role, organisationId, memberships: { create: groups.map((groupId) => ({ groupId })) } } });
      ids[key] = user.id;
      return { id: user.id, name: key, email: user.email, role, organisationId } satisfies TActor;
    };
    trainer = await person("trainer", "TRAINER", school.id);
    limited = await person("limited", "TRAINER", school.id);
    await db.trainerGroup.create({ data: { trainerId: limited.id, groupId: red } });
    await person("head", "ADMIN", school.id, [red]);
    await person("colleague", "TRAINER", school.id, [red]);
    await person("red-learner", "LEARNER", school.id, [red]);
    await person("blue-learner", "LEARNER", school.id, [blue]);
    await person("outsider", "LEARNER", elsewhere.id);
  });

  const csvOf = (...keys: string[]) => `name,email,group\n${keys.map((k) => `${k} renamed,${k}@trainer.example,`).join("\n")}\n`;

  it("refuses, in the same words and with no ids, every address the trainer may not manage: an administrator, a trainer, another group's learner, another organisation's", async () => {
    const preview = await lib.previewImport(limited, schoolId, csvOf("head", "colleague", "blue-learner", "outsider", "red-learner"));
    expect(preview.rows.map((r) => [r.email.split("@")[0], r.action, r.reasons.join(" ")])).toEqual([
      ["head", "reject", NOT_YOURS], ["colleague", "reject", NOT_YOURS], ["blue-learner", "reject", NOT_YOURS], ["outsider", "reject", NOT_YOURS], ["red-learner", "update", ""],
    ]);
    const sent = JSON.stringify(preview);
    for (const id of Object.values(ids)) expect(sent).not.toContain(id);
    expect(sent).not.toContain("Elsewhere");
    // The check is on record, with how many addresses belonged to accounts the trainer may not manage.
    const audit = await lib.db.auditEvent.findFirstOrThrow({ where: { action: "import.preview", targetId: preview.batchId! } });
    expect(audit.details).toMatchObject({ reject: 4, update: 1, existingNotYours: 4 });
    // An organisation-wide trainer may update every learner, and still no one else.
    const wide = await lib.previewImport(trainer, schoolId, csvOf("head", "colleague", "blue-learner", "outsider"));
    expect(wide.rows.map((r) => r.action)).toEqual(["reject", "reject", "update", "reject"]);
    expect(await lib.db.user.findUniqueOrThrow({ where: { id: ids.head! } })).toMatchObject({ name: "head" });
  });

  it("tells an administrator precisely, and lets them update anyone in the organisation", async () => {
    const head = { id: ids.head!, name: "head", email: "head@trainer.example", role: "ADMIN" as const, organisationId: schoolId };
    const preview = await lib.previewImport(head, schoolId, csvOf("colleague", "outsider"));
    expect(preview.rows.map((r) => [r.action, r.reasons.join(" ")])).toEqual([["update", ""], ["reject", "This email belongs to someone in another organisation."]]);
  });

  it("checks again when applied: a learner promoted since the preview is not updated, and an account created since is not a crash", async () => {
    const preview = await lib.previewImport(trainer, schoolId, csvOf("red-learner"));
    expect(preview.counts).toEqual({ create: 0, update: 1, reject: 0 });
    await lib.db.user.update({ where: { id: ids["red-learner"]! }, data: { role: "TRAINER" } });
    expect(await lib.applyImport(trainer, preview.batchId!, "http://localhost", { sendWelcome: false })).toMatchObject({ ok: false, message: expect.stringContaining("changed since") });
    expect(await lib.db.user.findUniqueOrThrow({ where: { id: ids["red-learner"]! } })).toMatchObject({ name: "red-learner" });

    const fresh = await lib.previewImport(trainer, schoolId, "name,email\nLate Comer,late@trainer.example\n");
    expect(fresh.counts).toEqual({ create: 1, update: 0, reject: 0 });
    await lib.db.user.create({ data: { email: "late@trainer.example", name: "Late", organisationId: schoolId } });
    expect(await lib.applyImport(trainer, fresh.batchId!, "http://localhost", { sendWelcome: false })).toMatchObject({ ok: false, message: expect.stringContaining("changed since") });
  });
});
