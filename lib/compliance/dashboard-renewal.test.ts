import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { testDatabase } from "../testing/test-database";

// A real database: what a trainer sees of a renewing learner must match what the learner sees of themselves.
const database = testDatabase("dashboard-renewal");

type TActor = import("../auth/current-user").TActor;
let dashboard: typeof import("./dashboard");
let streamLearnersCsv: typeof import("./export").streamLearnersCsv;
let getLearnerProgress: typeof import("../progress/queries").getLearnerProgress;
let db: typeof import("../db/client").db;
let admin: TActor;
let orgId: string;
let moduleCount: number;
const learners: Record<string, TActor> = {};

const d = (iso: string) => new Date(iso);
const now = d("2026-11-23T12:00:00Z");
// Each completed the course a year ago; the certificate expires on 1 December, so renewal opened on 1 November.
const LAST_CYCLE_PASS = d("2025-11-30T10:00:00Z");
const COMPLETED = d("2025-12-01T10:00:00Z");
const EXPIRES = d("2026-12-01T10:00:00Z");

let course: import("../course").TCourse;

beforeAll(async () => {
  await database.migrate();
  const [client, courses, { refreshEnrolment }] = await Promise.all([
    import("../db/client"),
    import("../course"),
    import("../enrolments/refresh"),
  ]);
  db = client.db;
  dashboard = await import("./dashboard");
  ({ streamLearnersCsv } = await import("./export"));
  ({ getLearnerProgress } = await import("../progress/queries"));
  course = courses.getDefaultCourse();
  moduleCount = course.modules.length;
  const [first, second] = course.modules;
  expect(second).toBeDefined();
  const org = await db.organisation.create({ data: { name: "Renewal School", slug: "renewal-school" } });
  orgId = org.id;

  const person = async (name: string, role: TActor["role"]) => {
    const email = `${name.split(" ")[0]!.toLowerCase()}@renewal.example`;
    const user = await db.user.create({
      data: {
        email,
        name,
        searchName: name.toLowerCase(),
        role,
        organisationId: org.id,
        passwordHash: "$argon2id$fake",
      },
    });
    return { id: user.id, name, email, role, organisationId: org.id } satisfies TActor;
  };
  const pass = (userId: string, moduleId: string, at: Date) =>
    db.moduleProgress.upsert({
      where: { userId_courseId_moduleId: { userId, courseId: course.id, moduleId } },
      create: {
        userId,
        courseId: course.id,
        moduleId,
        bestScore: 90,
        attemptCount: 1,
        firstPassedAt: at,
        lastPassedAt: at,
        lastActivityAt: at,
      },
      update: { attemptCount: { increment: 1 }, lastPassedAt: at, lastActivityAt: at },
    });
  // Every module passed last cycle and a completion written; the enrolment summarised as the app does after each write.
  const completeLastCycle = async (learner: TActor) => {
    for (const m of course.modules) await pass(learner.id, m.id, LAST_CYCLE_PASS);
    await db.completion.create({
      data: {
        userId: learner.id,
        courseId: course.id,
        courseVersion: course.version,
        cycleKey: "initial",
        completingAttemptId: `attempt-${learner.id}`,
        completedAt: COMPLETED,
        expiresAt: EXPIRES,
        graceDays: 0,
        renewalPolicy: "Renew every 12 months from completion",
        scores: {},
        scorePercent: 90,
        timeSpentSeconds: 3600,
        cpdMinutes: course.estimatedMinutes,
      },
    });
    await db.$transaction((tx) => refreshEnrolment(tx, learner.id, course.id, COMPLETED));
  };
  const passThisCycle = async (learner: TActor, moduleId: string, at: Date) => {
    await pass(learner.id, moduleId, at);
    await db.$transaction((tx) => refreshEnrolment(tx, learner.id, course.id, at));
  };

  // Renewing: passed the second module again this cycle, not the first.
  learners.renewing = await person("Rae Renewing", "LEARNER");
  await completeLastCycle(learners.renewing);
  await passThisCycle(learners.renewing, second!.id, d("2026-11-15T10:00:00Z"));
  // Repassed: passed both the first and second modules again this cycle.
  learners.repassed = await person("Rex Repassed", "LEARNER");
  await completeLastCycle(learners.repassed);
  await passThisCycle(learners.repassed, second!.id, d("2026-11-15T10:00:00Z"));
  await passThisCycle(learners.repassed, first!.id, d("2026-11-16T10:00:00Z"));
  // Unrenewed: nothing since renewal opened, so nothing has rewritten the enrolment since the completion.
  learners.unrenewed = await person("Una Unrenewed", "LEARNER");
  await completeLastCycle(learners.unrenewed);

  admin = await person("Ada Admin", "ADMIN");
}, 60_000);

afterAll(async () => {
  await database.drop();
});

/** What each view says of one learner: the dashboard's dots and count, the CSV cell and the learner's own page. */
async function views(learner: TActor) {
  const table = await dashboard.listLearners(admin, course, { organisationId: orgId }, now);
  const row = table.learners.find((l) => l.user.id === learner.id)!;
  const csv = parse(
    (await new Response(await streamLearnersCsv(admin, course, { organisationId: orgId }, now)).text()).replace(
      /^\uFEFF/,
      "",
    ),
    { columns: true },
  ) as Record<string, string>[];
  const own = await getLearnerProgress(learner, course, now);
  return {
    dots: row.modules.map((m) => m.passed),
    dotsPassed: row.modules.filter((m) => m.passed).length,
    modulesPassed: row.modulesPassed,
    csv: csv.find((r) => r.Email === learner.email)!["Modules passed"],
    own: own.modules.map((m) => m.status === "PASSED"),
  };
}

describe("a learner in renewal, as every view shows them", () => {
  it("is in the renewal cycle opened on 1 November", async () => {
    const own = await getLearnerProgress(learners.renewing!, course, now);
    expect(own.cycle).toMatchObject({ state: "open", renewal: true, start: d("2026-11-01T10:00:00Z") });
  });

  it("passed module 1 last cycle but not this one: not passed in the dots, the count, the export or their own page", async () => {
    const v = await views(learners.renewing!);
    const expected = [false, true, ...Array<boolean>(moduleCount - 2).fill(false)];
    expect(v.dots).toEqual(expected);
    expect(v.own).toEqual(expected);
    expect(v.dotsPassed).toBe(1);
    expect(v.modulesPassed).toBe(1);
    expect(v.csv).toBe(`1 of ${moduleCount}`);
    // The stored summary, which the dashboard sorts by, says the same.
    expect((await db.enrolment.findFirstOrThrow({ where: { userId: learners.renewing!.id } })).modulesPassed).toBe(1);
  });

  it("passed module 1 again this cycle: passed in every view", async () => {
    const v = await views(learners.repassed!);
    const expected = [true, true, ...Array<boolean>(moduleCount - 2).fill(false)];
    expect(v.dots).toEqual(expected);
    expect(v.own).toEqual(expected);
    expect(v.modulesPassed).toBe(2);
    expect(v.dotsPassed).toBe(2);
    expect(v.csv).toBe(`2 of ${moduleCount}`);
    expect((await db.enrolment.findFirstOrThrow({ where: { userId: learners.repassed!.id } })).modulesPassed).toBe(2);
  });

  it("has done nothing since renewal opened: no module passed anywhere, though no write has happened since", async () => {
    const v = await views(learners.unrenewed!);
    expect(v.dots).toEqual(Array<boolean>(moduleCount).fill(false));
    expect(v.own).toEqual(Array<boolean>(moduleCount).fill(false));
    expect(v.modulesPassed).toBe(0);
    expect(v.csv).toBe(`0 of ${moduleCount}`);
  });

  it("before renewal opened, counted every module of the completed cycle as passed", async () => {
    const before = d("2026-06-01T12:00:00Z");
    const table = await dashboard.listLearners(admin, course, { organisationId: orgId }, before);
    const row = table.learners.find((l) => l.user.id === learners.unrenewed!.id)!;
    expect(row.modules.every((m) => m.passed)).toBe(true);
    expect(row.modulesPassed).toBe(moduleCount);
    expect((await getLearnerProgress(learners.unrenewed!, course, before)).passedModules).toBe(moduleCount);
  });
});
