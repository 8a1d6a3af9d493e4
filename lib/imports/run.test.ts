import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabase } from "../testing/test-database";
import { describeProblems } from "./problems";

// A real database: all-or-nothing and batch speed are properties of the data layer.
const database = testDatabase("import");

let lib: {
  db: typeof import("../db/client").db;
  previewImport: typeof import("./run").previewImport;
  applyImport: typeof import("./run").applyImport;
};
let admin: import("../auth/current-user").TActor;
let orgId: string;

let course: import("../course").TCourse;

beforeAll(async () => {
  await database.migrate();
  course = (await import("../course")).getDefaultCourse();
  const [{ db }, run] = await Promise.all([import("../db/client"), import("./run")]);
  lib = { db, previewImport: run.previewImport, applyImport: run.applyImport };
  const org = await db.organisation.create({
    data: {
      name: "Import School",
      slug: "import-school",
      groups: { create: [{ name: "Early Years" }, { name: "Key Stage 1" }] },
    },
  });
  orgId = org.id;
  const user = await db.user.create({
    data: { email: "admin@import.example", name: "Admin", role: "ADMIN", organisationId: org.id },
  });
  admin = { id: user.id, name: user.name, email: user.email, role: "ADMIN", organisationId: org.id };
});

afterAll(async () => {
  await lib?.db.$disconnect();
  await database.drop();
});

describe("CSV import", () => {
  it("writes nothing when a row is rejected, and refuses to apply that preview", async () => {
    const preview = await lib.previewImport(
      admin,
      orgId,
      "name,email,group\nAnn,ann@import.example,Early Years\nBad,not-an-email,Early Years\n",
    );
    expect(preview.counts).toEqual({ create: 1, update: 0, reject: 1 });
    const applied = await lib.applyImport(admin, course, preview.batchId!, "http://localhost", { sendWelcome: true });
    expect(applied).toEqual({ ok: false, code: "IMPORT_ROWS_REJECTED" });
    expect(await lib.db.user.count({ where: { organisationId: orgId } })).toBe(1);
  });

  it("keeps a preview's staff list for a day at most: the next preview deletes older ones, applied or not", async () => {
    const old = await lib.previewImport(admin, orgId, "name,email\nOld Row,old-row@import.example\n");
    const recent = await lib.previewImport(admin, orgId, "name,email\nRecent Row,recent-row@import.example\n");
    await lib.db.importBatch.update({
      where: { id: old.batchId! },
      data: { createdAt: new Date(Date.now() - 25 * 3600_000) },
    });
    await lib.previewImport(admin, orgId, "name,email\nNext Row,next-row@import.example\n");
    expect(await lib.db.importBatch.findUnique({ where: { id: old.batchId! } })).toBeNull();
    expect(await lib.db.importBatch.findUnique({ where: { id: recent.batchId! } })).not.toBeNull();
    // The audit log still says the old preview happened.
    expect(await lib.db.auditEvent.count({ where: { action: "import.preview", targetId: old.batchId! } })).toBe(1);
  });

  it(
    "imports five thousand learners with groups, due dates, enrolments and welcome links in one go, once",
    { timeout: 60_000 },
    async () => {
      const lines = Array.from(
        { length: 5000 },
        (_, i) =>
          `Person ${i},person${i}@import.example,${i % 2 ? "Early Years" : "Key Stage 1;Early Years"},2027-03-31`,
      );
      const preview = await lib.previewImport(admin, orgId, `name,email,group,due date\n${lines.join("\n")}\n`);
      expect(preview.counts).toEqual({ create: 5000, update: 0, reject: 0 });
      const applied = await lib.applyImport(admin, course, preview.batchId!, "http://localhost", { sendWelcome: true });
      expect(applied).toMatchObject({
        ok: true,
        added: 5000,
        updated: 0,
      });
      expect(await lib.db.user.count({ where: { organisationId: orgId, role: "LEARNER" } })).toBe(5000);
      expect(await lib.db.groupMembership.count()).toBe(7500);
      expect(
        await lib.db.enrolment.count({ where: { organisationId: orgId, dueAt: new Date("2027-03-31T22:59:59.999Z") } }),
      ).toBe(5000);
      expect(await lib.db.emailMessage.count({ where: { kind: "welcome" } })).toBe(5000);
      expect(
        await lib.applyImport(admin, course, preview.batchId!, "http://localhost", { sendWelcome: true }),
      ).toMatchObject({
        ok: false,
      });
      expect(await lib.db.user.count({ where: { organisationId: orgId } })).toBe(5001);
    },
  );

  it("updates people already in the organisation, adding groups and due dates without duplicates", async () => {
    const preview = await lib.previewImport(
      admin,
      orgId,
      "name,email,group,due date\nPerson Zero Renamed,person0@import.example,Key Stage 1,01/09/2027\n",
    );
    expect(preview.counts).toEqual({ create: 0, update: 1, reject: 0 });
    expect(
      await lib.applyImport(admin, course, preview.batchId!, "http://localhost", { sendWelcome: false }),
    ).toMatchObject({
      ok: true,
      updated: 1,
    });
    const person = await lib.db.user.findUniqueOrThrow({
      where: { email: "person0@import.example" },
      include: { memberships: true, enrolments: true },
    });
    expect(person.name).toBe("Person Zero Renamed");
    expect(person.memberships).toHaveLength(2);
    expect(person.enrolments[0]?.dueAt).toEqual(new Date("2027-09-01T22:59:59.999Z"));
  });
});

describe("a trainer's import", () => {
  type TActor = import("../auth/current-user").TActor;
  let trainer: TActor;
  let limited: TActor;
  let schoolId: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const { db } = lib;
    const school = await db.organisation.create({
      data: { name: "Trainer School", slug: "trainer-school", groups: { create: [{ name: "Red" }, { name: "Blue" }] } },
      include: { groups: true },
    });
    schoolId = school.id;
    const red = school.groups.find((g) => g.name === "Red")!.id;
    const blue = school.groups.find((g) => g.name === "Blue")!.id;
    const elsewhere = await db.organisation.create({ data: { name: "Elsewhere School", slug: "elsewhere-school" } });
    const person = async (key: string, role: TActor["role"], organisationId: string, groups: string[] = []) => {
      const user = await db.user.create({
        data: {
          email: `${key}@trainer.example`,
          name: key,
          role,
          organisationId,
          memberships: { create: groups.map((groupId) => ({ groupId })) },
        },
      });
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

  const csvOf = (...keys: string[]) =>
    `name,email,group\n${keys.map((k) => `${k} renamed,${k}@trainer.example,`).join("\n")}\n`;

  const sameRow = (email: string) => `name,email,group,due date\nSam Same,${email},Red,2027-01-31\n`;
  /** The whole answer as the browser gets it, with the address and the batch's id taken out. */
  const shown = (preview: Awaited<ReturnType<typeof lib.previewImport>>, email: string) =>
    JSON.stringify({ ...preview, batchId: preview.batchId ? "batch" : undefined }).replaceAll(email, "ADDRESS");

  it("shows a trainer an address with an account they may not manage exactly as a new address: administrator, trainer, another group's learner, another organisation's", async () => {
    const fresh = await lib.previewImport(limited, schoolId, sameRow("brand-new@trainer.example"));
    expect(fresh.counts).toEqual({ create: 1, update: 0, reject: 0 });
    for (const key of ["head", "colleague", "blue-learner", "outsider"]) {
      const email = `${key}@trainer.example`;
      const preview = await lib.previewImport(limited, schoolId, sameRow(email));
      expect(shown(preview, email), key).toBe(shown(fresh, "brand-new@trainer.example"));
    }
    const mixed = await lib.previewImport(
      limited,
      schoolId,
      csvOf("head", "colleague", "blue-learner", "outsider", "red-learner"),
    );
    expect(mixed.rows.map((r) => [r.email.split("@")[0], r.action, describeProblems(r.reasons)])).toEqual([
      ["head", "create", ""],
      ["colleague", "create", ""],
      ["blue-learner", "create", ""],
      ["outsider", "create", ""],
      ["red-learner", "update", ""],
    ]);
    expect(mixed.counts).toEqual({ create: 4, update: 1, reject: 0 });
    const sent = JSON.stringify(mixed);
    for (const id of Object.values(ids)) expect(sent).not.toContain(id);
    expect(sent).not.toContain("Elsewhere");
    // The check is on record with the real counts, so an administrator can see a preview used to probe for accounts.
    const audit = await lib.db.auditEvent.findFirstOrThrow({
      where: { action: "import.preview", targetId: mixed.batchId! },
    });
    expect(audit.details).toMatchObject({ create: 0, notify: 4, update: 1, reject: 0, existingNotYours: 4 });
    // An organisation-wide trainer may update every learner, and still no one else.
    const wide = await lib.previewImport(trainer, schoolId, csvOf("head", "colleague", "blue-learner", "outsider"));
    expect(wide.rows.map((r) => r.action)).toEqual(["create", "create", "update", "create"]);
    expect(await lib.db.user.findUniqueOrThrow({ where: { id: ids.head! } })).toMatchObject({ name: "head" });
  });

  it("applies those rows by changing nothing and telling each holder, once a day, how to sign in; the trainer's message says neither which nor how many", async () => {
    const { db } = lib;
    const holders = ["head", "blue-learner", "outsider"];
    const before = await db.user.findMany({
      where: { email: { in: holders.map((k) => `${k}@trainer.example`) } },
      include: { memberships: true, enrolments: true },
      orderBy: { email: "asc" },
    });
    const usersBefore = await db.user.count();
    const csv = `name,email,group,due date\n${[...holders, "newcomer"].map((k) => `${k} renamed,${k}@trainer.example,Red,2027-01-31`).join("\n")}\n`;
    const preview = await lib.previewImport(limited, schoolId, csv);
    expect(preview.counts).toEqual({ create: 4, update: 0, reject: 0 });
    const applied = await lib.applyImport(limited, course, preview.batchId!, "http://localhost", { sendWelcome: true });
    expect(applied).toMatchObject({
      ok: true,
      added: 4,
      updated: 0,
    });

    expect(await db.user.count()).toBe(usersBefore + 1);
    expect(await db.user.findUniqueOrThrow({ where: { email: "newcomer@trainer.example" } })).toMatchObject({
      organisationId: schoolId,
      role: "LEARNER",
    });
    const after = await db.user.findMany({
      where: { email: { in: holders.map((k) => `${k}@trainer.example`) } },
      include: { memberships: true, enrolments: true },
      orderBy: { email: "asc" },
    });
    expect(after).toEqual(before);
    const notices = await db.emailMessage.findMany({
      where: { kind: "invitation-existing-account", toUserId: { in: holders.map((k) => ids[k]!) } },
    });
    expect(notices.map((n) => n.toEmail).sort()).toEqual(holders.map((k) => `${k}@trainer.example`).sort());
    expect(applied.ok && applied.emailIds).toEqual(expect.arrayContaining(notices.map((n) => n.id)));
    for (const n of notices) expect(n.text).not.toMatch(/reset-password\/|invite\//);
    expect(await db.passwordReset.count({ where: { userId: { in: holders.map((k) => ids[k]!) } } })).toBe(0);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "import.apply", targetId: preview.batchId! },
    });
    expect(audit.details).toMatchObject({ created: 1, updated: 0, existingNotYours: 3, noticesQueued: 3 });

    // A second try the same day: still nothing changed, and no second notice.
    const again = await lib.previewImport(limited, schoolId, csvOf("outsider"));
    expect(
      await lib.applyImport(limited, course, again.batchId!, "http://localhost", { sendWelcome: false }),
    ).toMatchObject({
      ok: true,
      added: 1,
    });
    expect(
      await db.emailMessage.count({ where: { kind: "invitation-existing-account", toUserId: ids.outsider! } }),
    ).toBe(1);
    expect(await db.user.findUniqueOrThrow({ where: { id: ids.outsider! } })).toMatchObject({
      name: "outsider",
      organisationId: before.find((u) => u.id === ids.outsider)!.organisationId,
    });
  });

  it("tells an administrator precisely, and lets them update anyone in the organisation", async () => {
    const head = {
      id: ids.head!,
      name: "head",
      email: "head@trainer.example",
      role: "ADMIN" as const,
      organisationId: schoolId,
    };
    const preview = await lib.previewImport(head, schoolId, csvOf("colleague", "outsider"));
    expect(preview.rows.map((r) => [r.action, describeProblems(r.reasons)])).toEqual([
      ["update", ""],
      ["reject", "This email belongs to someone in another organisation."],
    ]);
  });

  it("checks again when applied: a learner promoted since the preview is not updated, and an account created since is not a crash", async () => {
    const preview = await lib.previewImport(trainer, schoolId, csvOf("red-learner"));
    expect(preview.counts).toEqual({ create: 0, update: 1, reject: 0 });
    await lib.db.user.update({ where: { id: ids["red-learner"]! }, data: { role: "TRAINER" } });
    expect(
      await lib.applyImport(trainer, course, preview.batchId!, "http://localhost", { sendWelcome: false }),
    ).toMatchObject({
      ok: false,
      code: "IMPORT_STALE",
    });
    expect(await lib.db.user.findUniqueOrThrow({ where: { id: ids["red-learner"]! } })).toMatchObject({
      name: "red-learner",
    });

    const fresh = await lib.previewImport(trainer, schoolId, "name,email\nLate Comer,late@trainer.example\n");
    expect(fresh.counts).toEqual({ create: 1, update: 0, reject: 0 });
    await lib.db.user.create({ data: { email: "late@trainer.example", name: "Late", organisationId: schoolId } });
    expect(
      await lib.applyImport(trainer, course, fresh.batchId!, "http://localhost", { sendWelcome: false }),
    ).toMatchObject({
      ok: false,
      code: "IMPORT_STALE",
    });

    // An account made since in another organisation is not the trainer's to learn of: its holder is told, as if it had been there all along.
    const elsewhere = await lib.db.user.findUniqueOrThrow({
      where: { id: ids.outsider! },
      select: { organisationId: true },
    });
    const later = await lib.previewImport(trainer, schoolId, "name,email\nLater Comer,later@trainer.example\n");
    const holder = await lib.db.user.create({
      data: { email: "later@trainer.example", name: "Later", organisationId: elsewhere.organisationId },
    });
    expect(
      await lib.applyImport(trainer, course, later.batchId!, "http://localhost", { sendWelcome: true }),
    ).toMatchObject({
      ok: true,
      added: 1,
    });
    expect(await lib.db.user.findUniqueOrThrow({ where: { id: holder.id } })).toMatchObject({
      name: "Later",
      organisationId: elsewhere.organisationId,
    });
    expect(
      await lib.db.emailMessage.count({ where: { toUserId: holder.id, kind: "invitation-existing-account" } }),
    ).toBe(1);
    expect(await lib.db.emailMessage.count({ where: { toUserId: holder.id, kind: "welcome" } })).toBe(0);
  });
});
