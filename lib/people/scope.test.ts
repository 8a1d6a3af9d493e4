import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { certify } from "../testing/certify";
import { testDatabase } from "../testing/test-database";

// A real database: who sees whose records is decided in the queries' where.
const database = testDatabase("scope");

type TActor = import("../auth/current-user").TActor;
type TRole = TActor["role"];
let lib: {
  db: typeof import("../db/client").db;
  visibleUsersWhere: typeof import("./scope").visibleUsersWhere;
  getLearnerRecord: typeof import("../compliance/learner-record").getLearnerRecord;
  dashboard: typeof import("../compliance/dashboard");
  getCertificatesForPeople: typeof import("../certificates/bulk").getCertificatesForPeople;
  streamLearnersCsv: typeof import("../compliance/export").streamLearnersCsv;
  assignCourse: typeof import("../compliance/assignments").assignCourse;
};
const people = {} as Record<"admin" | "trainer" | "colleague" | "limited" | "learner" | "groupLearner", TActor>;
let orgId: string;

let course: import("../course").TCourse;

beforeAll(async () => {
  await database.migrate();
  const [{ db }, scope, record, dashboard, bulk, exporter, courses] = await Promise.all([
    import("../db/client"),
    import("./scope"),
    import("../compliance/learner-record"),
    import("../compliance/dashboard"),
    import("../certificates/bulk"),
    import("../compliance/export"),
    import("../course"),
  ]);
  const { assignCourse } = await import("../compliance/assignments");
  lib = {
    db,
    visibleUsersWhere: scope.visibleUsersWhere,
    getLearnerRecord: record.getLearnerRecord,
    dashboard,
    getCertificatesForPeople: bulk.getCertificatesForPeople,
    streamLearnersCsv: exporter.streamLearnersCsv,
    assignCourse,
  };
  course = courses.getDefaultCourse();
  const org = await db.organisation.create({
    data: { name: "Scope School", slug: "scope-school", groups: { create: [{ name: "Nursery" }] } },
    include: { groups: true },
  });
  orgId = org.id;
  const nursery = org.groups[0]!.id;
  const person = async (key: keyof typeof people, role: TRole, groups: string[] = []) => {
    const name = `${key} person`;
    const user = await db.user.create({
      data: {
        email: `${key.toLowerCase()}@scope.example`,
        name,
        searchName: name,
        role,
        organisationId: org.id,
        memberships: { create: groups.map((groupId) => ({ groupId })) },
      },
    });
    // Everyone takes the course, trainers and administrators included: each has an enrolment and a certificate.
    await db.enrolment.create({
      data: { userId: user.id, organisationId: org.id, courseId: course.id, dueAt: new Date("2020-01-01") },
    });
    const completedAt = new Date();
    const expiresAt = new Date(Date.now() + 1e10);
    await certify(db, {
      userId: user.id,
      course,
      number: `SG-${key.toUpperCase().slice(0, 6).padEnd(6, "X")}`,
      learnerName: name,
      organisationName: org.name,
      completedAt,
      expiresAt,
    });
    people[key] = { id: user.id, name, email: user.email, role, organisationId: org.id };
  };
  await person("admin", "ADMIN", [nursery]);
  await person("trainer", "TRAINER", [nursery]);
  await person("colleague", "TRAINER", [nursery]);
  await person("limited", "TRAINER");
  await db.trainerGroup.create({ data: { trainerId: people.limited.id, groupId: nursery } });
  await person("learner", "LEARNER");
  await person("groupLearner", "LEARNER", [nursery]);
});

afterAll(async () => {
  await lib?.db.$disconnect();
  await database.drop();
});

const visibleIds = async (actor: TActor) =>
  (await lib.db.user.findMany({ where: await lib.visibleUsersWhere(actor, orgId), select: { id: true } }))
    .map((u) => u.id)
    .sort();
const ids = (...keys: (keyof typeof people)[]) => keys.map((k) => people[k].id).sort();

describe("who a trainer sees", () => {
  it("an organisation-wide trainer sees the organisation's learners, not its trainers or administrators (nor themselves)", async () => {
    expect(await visibleIds(people.trainer)).toEqual(ids("learner", "groupLearner"));
  });

  it("a trainer limited to groups sees the learners of those groups only", async () => {
    expect(await visibleIds(people.limited)).toEqual(ids("groupLearner"));
  });

  it("an administrator sees everyone", async () => {
    expect(await visibleIds(people.admin)).toEqual(
      ids("admin", "trainer", "colleague", "limited", "learner", "groupLearner"),
    );
  });

  it("a trainer cannot open an administrator's or another trainer's training record; an administrator can", async () => {
    for (const target of ["admin", "colleague", "limited"] as const)
      expect(await lib.getLearnerRecord(people.trainer, course, people[target].id)).toBeNull();
    expect(await lib.getLearnerRecord(people.limited, course, people.trainer.id)).toBeNull();
    expect((await lib.getLearnerRecord(people.trainer, course, people.learner.id))?.id).toBe(people.learner.id);
    expect((await lib.getLearnerRecord(people.admin, course, people.colleague.id))?.id).toBe(people.colleague.id);
  });

  it("a trainer's bulk certificates hold learners only", async () => {
    const all = Object.values(people).map((p) => p.id);
    expect(
      (await lib.getCertificatesForPeople(people.trainer, course, all, orgId)).map((c) => c.userId).sort(),
    ).toEqual(ids("learner", "groupLearner"));
    expect(await lib.getCertificatesForPeople(people.admin, course, all, orgId)).toHaveLength(6);
  });

  it("the dashboard, its table and the export count the same people a trainer may open", async () => {
    const summary = await lib.dashboard.getComplianceSummary(people.trainer, course, { organisationId: orgId });
    expect(summary.total).toBe(2);
    const table = await lib.dashboard.listLearners(people.trainer, course, { organisationId: orgId });
    expect(table.learners.map((l) => l.user.id).sort()).toEqual(ids("learner", "groupLearner"));
    const groups = await lib.dashboard.getGroupBreakdown(people.trainer, course, { organisationId: orgId });
    expect(groups.map((g) => g.total)).toEqual([1]);
    expect((await lib.dashboard.getComplianceSummary(people.limited, course, { organisationId: orgId })).total).toBe(1);
    expect((await lib.dashboard.getComplianceSummary(people.admin, course, { organisationId: orgId })).total).toBe(6);
    const csv = await new Response(
      await lib.streamLearnersCsv(people.trainer, course, { organisationId: orgId }),
    ).text();
    expect(csv).toContain("learner person");
    for (const hidden of ["admin person", "colleague person", "limited person", "trainer person"])
      expect(csv).not.toContain(hidden);
  });

  it("a trainer's assignment reaches learners only, never a colleague's due date", async () => {
    expect(
      await lib.assignCourse(
        people.trainer,
        course,
        { organisationId: orgId, target: { kind: "organisation" }, dueDate: "2031-01-31" },
        "https://training.example",
      ),
    ).toMatchObject({ ok: true, count: 2, pastDue: false });
    // Each learner it reached is told the course and the date, with a link to it.
    const told = await lib.db.emailMessage.findMany({ where: { kind: "assignment", organisationId: orgId } });
    expect(told).toHaveLength(2);
    expect(told[0]!.subject).toBe("Safeguarding training to complete by 31 January 2031");
    const colleague = await lib.db.enrolment.findFirstOrThrow({ where: { userId: people.colleague.id } });
    expect(colleague.dueAt).toEqual(new Date("2020-01-01"));
    const named = await lib.assignCourse(
      people.trainer,
      course,
      { organisationId: orgId, target: { kind: "people", emails: [people.admin.email] }, dueDate: "2031-01-31" },
      "https://training.example",
    );
    expect(named.ok).toBe(false);
  });

  it("a group assignment answers with the group's name, so the message can say which group it reached", async () => {
    const nursery = (await lib.db.group.findFirstOrThrow({ where: { organisationId: orgId, name: "Nursery" } })).id;
    expect(
      await lib.assignCourse(
        people.trainer,
        course,
        { organisationId: orgId, target: { kind: "group", groupId: nursery }, dueDate: "2031-02-28" },
        "https://training.example",
      ),
    ).toMatchObject({ ok: true, count: 1, groupName: "Nursery", pastDue: false });
    expect(
      await lib.assignCourse(
        people.trainer,
        course,
        { organisationId: orgId, target: { kind: "group", groupId: nursery }, dueDate: "2020-02-28" },
        "https://training.example",
      ),
    ).toMatchObject({ ok: true, count: 1, pastDue: true });
  });
});
