import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { testDatabase } from "../testing/test-database";

// A real database: the figures are kept in memory and must still never be someone else's or out of date after a write.
const database = testDatabase("dashboard-figures");

type TActor = import("../auth/current-user").TActor;
type TPrisma = import("@/generated/prisma/client").PrismaClient;
let figures: typeof import("./dashboard-figures");
let course: import("../course").TCourse;
let db: TPrisma;
// A second client on the same database: the writes of another server process, which this process's cache never hears of.
let elsewhere: TPrisma;
const viewers = {} as Record<"admin" | "trainer" | "receptionTrainer" | "outsideTrainer", TActor>;
const people = {} as Record<"nia" | "nat" | "rob" | "tia", string>;
let orgId: string;
let groups: Record<"nursery" | "reception", string>;

const DAY = 24 * 60 * 60 * 1000;
const now = new Date("2026-11-23T12:00:00Z");
const at = (ms: number) => new Date(now.getTime() + ms);

beforeAll(async () => {
  await database.migrate();
  const [client, courses, created] = await Promise.all([
    import("../db/client"),
    import("../course"),
    import("../db/create-client"),
  ]);
  db = client.db;
  elsewhere = created.createPrismaClient(database.url);
  figures = await import("./dashboard-figures");
  course = courses.getDefaultCourse();
  const org = await db.organisation.create({
    data: {
      name: "Cache School",
      slug: "cache-school",
      groups: { create: [{ name: "Nursery" }, { name: "Reception" }] },
    },
    include: { groups: true },
  });
  orgId = org.id;
  groups = {
    nursery: org.groups.find((g) => g.name === "Nursery")!.id,
    reception: org.groups.find((g) => g.name === "Reception")!.id,
  };
  const person = async (
    name: string,
    role: TActor["role"],
    options: { organisationId?: string; groups?: string[]; enrolment?: Record<string, Date> } = {},
  ) => {
    const organisationId = options.organisationId ?? org.id;
    const email = `${name.toLowerCase().replace(/\s+/g, ".")}@cache.example`;
    const user = await db.user.create({
      data: {
        email,
        name,
        searchName: name.toLowerCase(),
        role,
        organisationId,
        memberships: { create: (options.groups ?? []).map((groupId) => ({ groupId })) },
      },
    });
    if (options.enrolment)
      await db.enrolment.create({
        data: { userId: user.id, organisationId, courseId: course.id, ...options.enrolment },
      });
    return { id: user.id, name, email, role, organisationId } satisfies TActor;
  };
  people.nia = (await person("Nia NotStarted", "LEARNER", { groups: [groups.nursery], enrolment: {} })).id;
  people.nat = (await person("Nat NotStarted", "LEARNER", { groups: [groups.reception], enrolment: {} })).id;
  people.rob = (
    await person("Rob Overdue", "LEARNER", { groups: [groups.reception], enrolment: { dueAt: at(-3 * DAY) } })
  ).id;
  // A trainer doing the course too: administrators count them, trainers do not (they see learners only).
  people.tia = (await person("Tia Trainer", "TRAINER", { enrolment: { validUntil: at(200 * DAY) } })).id;
  viewers.admin = await person("Ada Admin", "ADMIN");
  viewers.trainer = await person("Tom Trainer", "TRAINER");
  viewers.receptionTrainer = await person("Rae Trainer", "TRAINER");
  await db.trainerGroup.create({ data: { trainerId: viewers.receptionTrainer.id, groupId: groups.reception } });
  const other = await db.organisation.create({ data: { name: "Other School", slug: "other-school" } });
  viewers.outsideTrainer = await person("Otto Outside", "TRAINER", { organisationId: other.id });
});

afterAll(async () => {
  await elsewhere?.$disconnect();
  await database.drop();
});

beforeEach(() => figures.clearDashboardFigures());

const read = (viewer: TActor, filter: { groupId?: string } = {}, when = now) =>
  figures.getDashboardFigures(viewer, course, { organisationId: orgId, ...filter }, when);

describe("dashboard figures kept in memory", () => {
  it("are never shared between viewers who may see different people", async () => {
    const admin = await read(viewers.admin);
    const trainer = await read(viewers.trainer);
    const reception = await read(viewers.receptionTrainer);
    expect(admin.summary.total).toBe(4);
    expect(admin.summary.headline.completed).toBe(1);
    expect(trainer.summary.total).toBe(3); // the trainer doing the course is not theirs to see
    expect(trainer.summary.headline.completed).toBe(0);
    expect(reception.summary.total).toBe(2);
    expect(reception.summary.byStatus.overdue).toBe(1);
    expect(admin.groups.map((g) => g.name)).toEqual(["Nursery", "Reception"]);
    expect(reception.groups.map((g) => g.name)).toEqual(["Reception"]);

    // Asked again, each gets their own figures back from memory (the very same object), not the last viewer's.
    expect(await read(viewers.admin)).toEqual(admin);
    expect((await read(viewers.admin)).summary).toBe(admin.summary);
    expect((await read(viewers.receptionTrainer)).summary).toBe(reception.summary);

    // A group outside a trainer's limit counts nobody, even when an administrator's figures for it are kept.
    expect((await read(viewers.admin, { groupId: groups.nursery })).summary.total).toBe(1);
    expect((await read(viewers.receptionTrainer, { groupId: groups.nursery })).summary.total).toBe(0);
    // And another organisation's trainer is refused, not served what is kept.
    await expect(read(viewers.outsideTrainer)).rejects.toThrow();
  });

  it("show a write on the next read, whichever server process made it", async () => {
    const { changeDueDate } = await import("./due-date");
    const steps: { write: string; change: () => Promise<unknown>; check: () => Promise<void> }[] = [
      {
        write: "a completion",
        change: () =>
          elsewhere.enrolment.update({
            where: { userId_courseId: { userId: people.nia, courseId: course.id } },
            data: { validUntil: at(300 * DAY) },
          }),
        check: async () => expect((await read(viewers.admin)).summary.headline.completed).toBe(2),
      },
      {
        write: "a due date moved into the past",
        change: () =>
          changeDueDate(
            viewers.admin,
            course,
            { userId: people.nat, dueDate: "2026-11-01", tell: false },
            "http://localhost",
            now,
          ),
        check: async () => expect((await read(viewers.admin)).summary.byStatus.overdue).toBe(2),
      },
      {
        write: "a new learner",
        change: async () => {
          const user = await elsewhere.user.create({
            data: { email: "new@cache.example", name: "New Starter", searchName: "new starter", organisationId: orgId },
          });
          await elsewhere.enrolment.create({ data: { userId: user.id, organisationId: orgId, courseId: course.id } });
        },
        check: async () => expect((await read(viewers.admin)).summary.total).toBe(5),
      },
      {
        write: "a learner starting the course",
        change: async () => {
          const user = await elsewhere.user.findUniqueOrThrow({ where: { email: "new@cache.example" } });
          await elsewhere.enrolment.update({
            where: { userId_courseId: { userId: user.id, courseId: course.id } },
            data: { lastActivityAt: now },
          });
        },
        check: async () => expect((await read(viewers.admin)).summary.byStatus["in-progress"]).toBe(1),
      },
      {
        write: "a deactivation",
        change: () => elsewhere.user.update({ where: { id: people.rob }, data: { active: false } }),
        check: async () => expect((await read(viewers.admin)).summary.byStatus.overdue).toBe(1),
      },
      {
        write: "someone joining a group",
        change: () => elsewhere.groupMembership.create({ data: { userId: people.nia, groupId: groups.reception } }),
        check: async () => {
          expect((await read(viewers.receptionTrainer)).summary.total).toBe(2); // Nat, and Nia now (Rob has left)
          const admin = await read(viewers.admin);
          expect(admin.groups.find((g) => g.name === "Reception")!.total).toBe(2);
        },
      },
      {
        write: "someone leaving a group",
        change: () =>
          elsewhere.groupMembership.delete({
            where: { userId_groupId: { userId: people.nia, groupId: groups.reception } },
          }),
        check: async () => {
          expect((await read(viewers.receptionTrainer)).summary.total).toBe(1);
          const admin = await read(viewers.admin);
          expect(admin.groups.find((g) => g.name === "Reception")!.total).toBe(1);
        },
      },
      {
        write: "a learner made a trainer",
        change: () => elsewhere.user.update({ where: { id: people.nat }, data: { role: "TRAINER" } }),
        check: async () => expect((await read(viewers.trainer)).summary.total).toBe(2),
      },
      {
        write: "a group renamed",
        change: () => elsewhere.group.update({ where: { id: groups.nursery }, data: { name: "Little Ones" } }),
        check: async () =>
          expect((await read(viewers.admin)).groups.map((g) => g.name)).toEqual(["Little Ones", "Reception"]),
      },
      {
        write: "a group added",
        change: () => elsewhere.group.create({ data: { name: "Year One", organisationId: orgId } }),
        check: async () =>
          expect((await read(viewers.admin)).groups.map((g) => g.name)).toEqual([
            "Little Ones",
            "Reception",
            "Year One",
          ]),
      },
      {
        write: "a group deleted",
        change: () => elsewhere.group.deleteMany({ where: { name: "Year One", organisationId: orgId } }),
        check: async () =>
          expect((await read(viewers.admin)).groups.map((g) => g.name)).toEqual(["Little Ones", "Reception"]),
      },
      {
        write: "an enrolment removed",
        change: () =>
          elsewhere.enrolment.delete({ where: { userId_courseId: { userId: people.tia, courseId: course.id } } }),
        check: async () => expect((await read(viewers.admin)).summary.total).toBe(3), // Rob was deactivated
      },
      {
        write: "a person removed",
        change: () => elsewhere.user.delete({ where: { email: "new@cache.example" } }),
        check: async () => expect((await read(viewers.admin)).summary.total).toBe(2), // and Tia is enrolled no more
      },
    ];
    for (const step of steps) {
      // Fill the cache for every viewer first, so each check reads after a kept value.
      await Promise.all([read(viewers.admin), read(viewers.trainer), read(viewers.receptionTrainer)]);
      await step.change();
      await step.check().catch((error: unknown) => {
        throw new Error(`after ${step.write}: ${String(error)}`);
      });
    }
  });

  it("give the learner table the count it would make itself, for every status and scope", async () => {
    const { listLearners } = await import("./dashboard");
    const { LEARNER_STATUSES } = await import("../enrolments/status");
    for (const viewer of [viewers.admin, viewers.receptionTrainer])
      for (const status of [undefined, ...LEARNER_STATUSES]) {
        const { summary } = await read(viewer);
        const counted = await listLearners(viewer, course, { organisationId: orgId, status }, now);
        expect(figures.tableTotalFromFigures(summary, { status }), `${viewer.name}, ${status ?? "all"}`).toBe(
          counted.total,
        );
      }
    // A name search is not what the figures count: the table counts it.
    expect(figures.tableTotalFromFigures((await read(viewers.admin)).summary, { q: "nia" })).toBeUndefined();
  });

  it("are counted again after at most 30 seconds, since a status can change with time alone", async () => {
    // Due 10 seconds from now: not started now, overdue half a minute later, with nothing written.
    await elsewhere.enrolment.update({
      where: { userId_courseId: { userId: people.nia, courseId: course.id } },
      data: { validUntil: null, dueAt: at(10_000) },
    });
    const before = await read(viewers.admin, {}, now);
    expect((await read(viewers.admin, {}, at(20_000))).summary).toBe(before.summary);
    const later = await read(viewers.admin, {}, at(31_000));
    expect(later.summary.byStatus.overdue).toBe(before.summary.byStatus.overdue + 1);
  });

  it("stay kept when a learner only carries on (a lesson read, a sign-in): the number that invalidates them stands", async () => {
    await elsewhere.enrolment.update({
      where: { userId_courseId: { userId: people.nia, courseId: course.id } },
      data: { lastActivityAt: at(-DAY) },
    });
    const version = await figures.readFiguresVersion(orgId);
    await elsewhere.enrolment.update({
      where: { userId_courseId: { userId: people.nia, courseId: course.id } },
      data: { lastActivityAt: now },
    });
    await elsewhere.user.update({ where: { id: people.nia }, data: { lastSignInAt: now } });
    expect(await figures.readFiguresVersion(orgId)).toBe(version);
  });
});
