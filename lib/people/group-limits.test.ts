import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { certify } from "../testing/certify";
import { testDatabase } from "../testing/test-database";

// A real database: group limits are a property of each query's where.
const database = testDatabase("group-limits");

type TActor = import("../auth/current-user").TActor;
let db: typeof import("../db/client").db;
let certificates: typeof import("../certificates/queries");
let contacts: typeof import("./contacts");
let orgId: string;
let admin: TActor;
let wholeOrgTrainer: TActor;
let earlyYearsTrainer: TActor;
let earlyYearsNumber: string;
let keyStageGroupId: string;
let keyStageNumber: string;
let ownNumber: string;

const CONTACT = { kind: "DSL", name: "Dana Lead", phone: "01632 960001", email: null, notes: null } as const;

let course: import("../course").TCourse;

beforeAll(async () => {
  await database.migrate();
  course = (await import("../course")).getDefaultCourse();
  const [client, queries, contactsLib, numbers] = await Promise.all([
    import("../db/client"),
    import("../certificates/queries"),
    import("./contacts"),
    import("../certificates/number"),
  ]);
  db = client.db;
  certificates = queries;
  contacts = contactsLib;
  const org = await db.organisation.create({
    data: {
      name: "Group School",
      slug: "group-school",
      groups: { create: [{ name: "Early Years" }, { name: "Key Stage 1" }] },
    },
    include: { groups: true },
  });
  orgId = org.id;
  const [earlyYears, keyStage] = [
    org.groups.find((g) => g.name === "Early Years")!.id,
    org.groups.find((g) => g.name === "Key Stage 1")!.id,
  ];
  keyStageGroupId = keyStage;
  let n = 0;
  const person = async (role: TActor["role"], memberOf: string[] = [], trainerOf: string[] = []): Promise<TActor> => {
    const email = `p${++n}@group.example`;
    const user = await db.user.create({
      data: {
        email,
        name: `Person ${n}`,
        role,
        organisationId: orgId,
        memberships: { create: memberOf.map((groupId) => ({ groupId })) },
        trainerGroups: { create: trainerOf.map((groupId) => ({ groupId })) },
      },
    });
    return { id: user.id, name: user.name, email, role, organisationId: orgId };
  };
  const certificateFor = async (who: TActor) => {
    const number = numbers.generateCertificateNumber();
    const dates = { completedAt: new Date("2026-01-10"), expiresAt: new Date("2099-01-10") };
    await certify(db, {
      userId: who.id,
      course: { id: "course", title: "Safeguarding", version: "1" },
      number,
      learnerName: who.name,
      organisationName: "Group School",
      ...dates,
    });
    return number;
  };
  admin = await person("ADMIN");
  wholeOrgTrainer = await person("TRAINER");
  earlyYearsTrainer = await person("TRAINER", [], [earlyYears]);
  earlyYearsNumber = await certificateFor(await person("LEARNER", [earlyYears]));
  keyStageNumber = await certificateFor(await person("LEARNER", [keyStage]));
  ownNumber = await certificateFor(earlyYearsTrainer);
  await contacts.saveContacts(admin, orgId, [CONTACT]);
});

afterAll(async () => {
  await db?.$disconnect();
  await database.drop();
});

describe("a trainer limited to some groups", () => {
  it("opens certificates of people in their groups, and their own", async () => {
    expect(await certificates.getCertificateForViewer(earlyYearsTrainer, earlyYearsNumber)).toMatchObject({
      number: earlyYearsNumber,
    });
    expect(await certificates.getCertificateForViewer(earlyYearsTrainer, ownNumber)).toMatchObject({
      number: ownNumber,
    });
  });

  it("gets not found for a certificate of someone in their organisation outside their groups", async () => {
    expect(await certificates.getCertificateForViewer(earlyYearsTrainer, keyStageNumber)).toBeNull();
  });

  it("sees the organisation's safeguarding contacts but cannot replace them", async () => {
    expect(await contacts.listManagedContacts(earlyYearsTrainer, orgId)).toEqual({
      contacts: [CONTACT],
      editable: false,
    });
    const result = await contacts.saveContacts(earlyYearsTrainer, orgId, [{ ...CONTACT, name: "Someone Else" }]);
    expect(result).toEqual({ ok: false, code: "CONTACTS_READ_ONLY" });
    expect(await db.safeguardingContact.findMany({ where: { organisationId: orgId }, select: { name: true } })).toEqual(
      [{ name: "Dana Lead" }],
    );
  });
});

describe("a trainer of the whole organisation and an administrator", () => {
  it("open any certificate in the organisation", async () => {
    for (const actor of [wholeOrgTrainer, admin]) {
      expect(await certificates.getCertificateForViewer(actor, keyStageNumber)).toMatchObject({
        number: keyStageNumber,
      });
    }
  });

  it("may change the safeguarding contacts", async () => {
    for (const actor of [wholeOrgTrainer, admin]) {
      expect((await contacts.listManagedContacts(actor, orgId)).editable).toBe(true);
      expect(await contacts.saveContacts(actor, orgId, [{ ...CONTACT, name: `Set by ${actor.name}` }])).toEqual({
        ok: true,
      });
    }
    expect(await db.safeguardingContact.count({ where: { organisationId: orgId, name: `Set by ${admin.name}` } })).toBe(
      1,
    );
  });
});

describe("the evidence pack", () => {
  it("is refused to a group-limited trainer for a group that is not theirs, without its name", async () => {
    const { gatherEvidence } = await import("../compliance/evidence");
    await expect(
      gatherEvidence(earlyYearsTrainer, course, { organisationId: orgId, groupId: keyStageGroupId }),
    ).rejects.toThrow("your own groups");
    const own = await gatherEvidence(wholeOrgTrainer, course, { organisationId: orgId, groupId: keyStageGroupId });
    expect(own.groupName).toBe("Key Stage 1");
  });
});

describe("contacts of an organisation that does not exist", () => {
  it("are refused in words, whether saved or marked as reviewed, and nothing is written", async () => {
    const gone = { ok: false, code: "THAT_ORGANISATION_GONE" };
    expect(await contacts.saveContacts(admin, "no-such-organisation", [CONTACT])).toMatchObject(gone);
    expect(await contacts.markContactsReviewed(admin, "no-such-organisation")).toMatchObject(gone);
    expect(await db.safeguardingContact.count({ where: { organisationId: "no-such-organisation" } })).toBe(0);
  });
});
