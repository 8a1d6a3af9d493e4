import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabase } from "../testing/test-database";

// A real database: the dashboard's figures are what a trainer reports to an inspector.
const database = testDatabase("dashboard");

type TActor = import("../auth/current-user").TActor;
type TLearnerStatus = import("../enrolments/status").TLearnerStatus;
let dashboard: typeof import("./dashboard");
let admin: TActor;
let limitedTrainer: TActor;
let orgId: string;
let groups: Record<"nursery" | "reception", string>;

const DAY = 24 * 60 * 60 * 1000;
const now = new Date("2026-11-23T12:00:00Z");
const at = (days: number) => new Date(now.getTime() + days * DAY);

// One person per row: their enrolment's dates, their groups, and the status the dashboard must give them.
const PEOPLE: {
  name: string;
  facts: { dueAt?: Date; validUntil?: Date; lastActivityAt?: Date };
  groups: ("nursery" | "reception")[];
  status: TLearnerStatus;
  active?: false;
}[] = [
  { name: "Cara Complete", facts: { validUntil: at(200), dueAt: at(-10) }, groups: ["nursery"], status: "completed" },
  { name: "Eve Expiring", facts: { validUntil: at(10) }, groups: ["nursery", "reception"], status: "expiring" },
  { name: "Owen Overdue", facts: { dueAt: at(-1), lastActivityAt: at(-3) }, groups: ["reception"], status: "overdue" },
  { name: "Olga Overdue", facts: { dueAt: at(-5), validUntil: at(-2) }, groups: ["nursery"], status: "overdue" },
  { name: "Ed Expired", facts: { validUntil: at(-2), dueAt: at(30) }, groups: ["reception"], status: "expired" },
  { name: "Ivy InProgress", facts: { lastActivityAt: at(-1) }, groups: [], status: "in-progress" },
  { name: "Nia NotStarted", facts: { dueAt: at(5) }, groups: ["reception"], status: "not-started" },
  { name: "Nat NotStarted", facts: {}, groups: ["nursery"], status: "not-started" },
  // Deactivated staff are not counted at all.
  { name: "Gone Leaver", facts: { dueAt: at(-30) }, groups: ["nursery"], status: "overdue", active: false },
];

let course: import("../course").TCourse;

beforeAll(async () => {
  await database.migrate();
  const [{ db }, courses] = await Promise.all([import("../db/client"), import("../course")]);
  dashboard = await import("./dashboard");
  course = courses.getDefaultCourse();
  const courseId = course.id;
  const org = await db.organisation.create({
    data: {
      name: "Dash School",
      slug: "dash-school",
      groups: { create: [{ name: "Nursery" }, { name: "Reception" }] },
    },
    include: { groups: true },
  });
  orgId = org.id;
  groups = {
    nursery: org.groups.find((g) => g.name === "Nursery")!.id,
    reception: org.groups.find((g) => g.name === "Reception")!.id,
  };
  const person = async (name: string, role: TActor["role"], extra: { active?: boolean; groups?: string[] } = {}) => {
    const email = `${name.split(" ")[0]!.toLowerCase()}@dash.example`;
    const user = await db.user.create({
      data: {
        email,
        name,
        searchName: name.toLowerCase(),
        role,
        organisationId: org.id,
        passwordHash: "$argon2id$fake",
        active: extra.active ?? true,
        memberships: { create: (extra.groups ?? []).map((groupId) => ({ groupId })) },
      },
    });
    return { user, actor: { id: user.id, name, email, role, organisationId: org.id } satisfies TActor };
  };
  for (const p of PEOPLE) {
    const { user } = await person(p.name, "LEARNER", {
      active: p.active ?? true,
      groups: p.groups.map((g) => groups[g]),
    });
    await db.enrolment.create({ data: { userId: user.id, organisationId: org.id, courseId, ...p.facts } });
  }
  admin = (await person("Ada Admin", "ADMIN")).actor;
  const trainer = await person("Tess Trainer", "TRAINER");
  await db.trainerGroup.create({ data: { trainerId: trainer.user.id, groupId: groups.reception } });
  limitedTrainer = trainer.actor;
  // Someone in another organisation, overdue: never in this organisation's figures.
  const other = await db.organisation.create({ data: { name: "Other School", slug: "other-school" } });
  const outsider = await db.user.create({
    data: {
      email: "out@other.example",
      name: "Out Sider",
      searchName: "out sider",
      role: "LEARNER",
      organisationId: other.id,
      passwordHash: "$argon2id$fake",
    },
  });
  await db.enrolment.create({ data: { userId: outsider.id, organisationId: other.id, courseId, dueAt: at(-1) } });
  // Migrating a fresh database and writing a dozen people: room for a busy machine.
}, 60_000);

afterAll(async () => {
  await database.drop();
});

const tally = (people: typeof PEOPLE) => {
  const counts: Record<string, number> = {
    completed: 0,
    expiring: 0,
    overdue: 0,
    expired: 0,
    "in-progress": 0,
    "not-started": 0,
  };
  for (const p of people) counts[p.status]!++;
  return counts;
};
const activePeople = PEOPLE.filter((p) => p.active !== false);

describe("dashboard figures", () => {
  it("count each active person of the organisation once, in the status the table shows them in", async () => {
    const summary = await dashboard.getComplianceSummary(admin, course, { organisationId: orgId }, now);
    expect(summary.byStatus).toEqual(tally(activePeople));
    expect(summary.total).toBe(8);
    expect(summary.completionPercent).toBe(25); // 2 of 8 hold a current certificate
    const table = await dashboard.listLearners(admin, course, { organisationId: orgId }, now);
    for (const row of table.learners) expect(row.status).toBe(PEOPLE.find((p) => p.name === row.user.name)!.status);
  });

  it("narrow to a group and to a search, as the filters do", async () => {
    const reception = await dashboard.getComplianceSummary(
      admin,
      course,
      { organisationId: orgId, groupId: groups.reception },
      now,
    );
    expect(reception.byStatus).toEqual(tally(activePeople.filter((p) => p.groups.includes("reception"))));
    const nat = await dashboard.getComplianceSummary(admin, course, { organisationId: orgId, q: "NAT not" }, now);
    expect(nat.total).toBe(1);
    expect(nat.byStatus["not-started"]).toBe(1);
  });

  it("break the figures down per group, counting a member of two groups in both", async () => {
    const breakdown = await dashboard.getGroupBreakdown(admin, course, { organisationId: orgId }, now);
    expect(breakdown.map((g) => g.name)).toEqual(["Nursery", "Reception"]);
    const [nursery, reception] = breakdown;
    expect(nursery!.byStatus).toEqual(tally(activePeople.filter((p) => p.groups.includes("nursery"))));
    expect(nursery!.total).toBe(4);
    expect(nursery!.completionPercent).toBe(50);
    expect(reception!.byStatus).toEqual(tally(activePeople.filter((p) => p.groups.includes("reception"))));
    expect(reception!.total).toBe(4);
  });

  it("show a trainer limited to groups only the people of those groups", async () => {
    const summary = await dashboard.getComplianceSummary(limitedTrainer, course, { organisationId: orgId }, now);
    expect(summary.byStatus).toEqual(tally(activePeople.filter((p) => p.groups.includes("reception"))));
    const breakdown = await dashboard.getGroupBreakdown(limitedTrainer, course, { organisationId: orgId }, now);
    expect(breakdown.map((g) => g.name)).toEqual(["Reception"]);
    // Asking for a group outside their limit gives nobody, not everybody.
    const nursery = await dashboard.getComplianceSummary(
      limitedTrainer,
      course,
      { organisationId: orgId, groupId: groups.nursery },
      now,
    );
    expect(nursery.total).toBe(0);
  });
});

describe("the months ahead", () => {
  const months = (ahead: { month: string; becomingOverdue: number; expiring: number }[]) =>
    ahead.map((m) => [m.month, m.becomingOverdue, m.expiring]);

  it("count, for this month and the next five, who becomes overdue and whose certificate runs out", async () => {
    const summary = await dashboard.getComplianceSummary(admin, course, { organisationId: orgId }, now);
    // Nia is due in 5 days; Ed's due date passes in December; Eve's certificate runs out in 10 days. Owen and Olga
    // are overdue already, Cara's certificate lasts past April, and the leaver is not counted.
    expect(months(summary.ahead)).toEqual([
      ["2026-11", 1, 0],
      ["2026-12", 1, 1],
      ["2027-01", 0, 0],
      ["2027-02", 0, 0],
      ["2027-03", 0, 0],
      ["2027-04", 0, 0],
    ]);
  });

  it("narrow to a group like the other figures", async () => {
    const nursery = await dashboard.getComplianceSummary(
      admin,
      course,
      { organisationId: orgId, groupId: groups.nursery },
      now,
    );
    expect(months(nursery.ahead).slice(0, 2)).toEqual([
      ["2026-11", 0, 0],
      ["2026-12", 0, 1],
    ]);
  });
});
