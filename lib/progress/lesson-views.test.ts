import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabase } from "../testing/test-database";

// A real database: the page's script and the Next button can record the same first view at the same moment.
const database = testDatabase("lesson-views");

type TActor = import("../auth/current-user").TActor;
let db: typeof import("../db/client").db;
let progress: typeof import("./queries");
let readiness: typeof import("../quiz/access");
let course: import("../course").TCourse;
let orgId: string;

const learner = async (n: string): Promise<TActor> => {
  const user = await db.user.create({ data: { email: `${n}@views.example`, name: n, organisationId: orgId } });
  return { id: user.id, name: n, email: user.email, role: "LEARNER", organisationId: orgId };
};
const viewOf = (who: TActor, lessonId: string) =>
  db.lessonView.findFirst({
    where: { userId: who.id, lessonId },
    select: { viewCount: true, firstViewedAt: true, lastViewedAt: true },
  });

beforeAll(async () => {
  await database.migrate();
  const [client, queries, access, courses] = await Promise.all([
    import("../db/client"),
    import("./queries"),
    import("../quiz/access"),
    import("../course"),
  ]);
  db = client.db;
  progress = queries;
  readiness = access;
  course = courses.getDefaultCourse();
  orgId = (await db.organisation.create({ data: { name: "Views School", slug: "views-school" } })).id;
});

afterAll(async () => {
  await db?.$disconnect();
  await database.drop();
});

describe("recording that a lesson was read", () => {
  it("counts each time the lesson is shown, and moving on with Next only keeps it current", async () => {
    const who = await learner("reader");
    const [m, l] = [course.modules[0]!, course.modules[0]!.lessons[0]!];
    expect(await progress.recordLessonView(who, course, m.id, l.id, { countVisit: true })).toBe(true);
    const first = await viewOf(who, l.id);
    expect(first?.viewCount).toBe(1);
    expect(await progress.recordLessonView(who, course, m.id, l.id, { countVisit: false })).toBe(true);
    expect((await viewOf(who, l.id))?.viewCount).toBe(1);
    expect(await progress.recordLessonView(who, course, m.id, l.id, { countVisit: true })).toBe(true);
    const later = await viewOf(who, l.id);
    expect(later?.viewCount).toBe(2);
    expect(later?.firstViewedAt).toEqual(first?.firstViewedAt);
    expect(later!.lastViewedAt.getTime()).toBeGreaterThanOrEqual(first!.lastViewedAt.getTime());
  });

  it("a learner with scripts off, who only ever presses Next, has each lesson read once", async () => {
    const who = await learner("no-script");
    const [m, l] = [course.modules[0]!, course.modules[0]!.lessons[1]!];
    expect(await progress.recordLessonView(who, course, m.id, l.id, { countVisit: false })).toBe(true);
    expect((await viewOf(who, l.id))?.viewCount).toBe(1);
  });

  it("marks the learner active on their enrolment, creating it if they had none", async () => {
    const who = await learner("active");
    const [m, l] = [course.modules[1]!, course.modules[1]!.lessons[0]!];
    const before = new Date(Date.now() - 1000);
    await progress.recordLessonView(who, course, m.id, l.id, { countVisit: true });
    const enrolment = await db.enrolment.findFirstOrThrow({
      where: { userId: who.id, courseId: course.id },
      select: { lastActivityAt: true, organisationId: true },
    });
    expect(enrolment.organisationId).toBe(orgId);
    expect(enrolment.lastActivityAt!.getTime()).toBeGreaterThan(before.getTime());
  });

  it("writes nothing for a lesson the module does not have", async () => {
    const who = await learner("stray");
    const [m, other] = [course.modules[0]!, course.modules[1]!];
    expect(await progress.recordLessonView(who, course, m.id, "no-such-lesson", { countVisit: true })).toBe(false);
    expect(await progress.recordLessonView(who, course, "no-such-module", m.lessons[0]!.id, { countVisit: true })).toBe(
      false,
    );
    // A real lesson, named under another module: the quiz of the wrong module must not open on it.
    expect(await progress.recordLessonView(who, course, m.id, other.lessons[0]!.id, { countVisit: false })).toBe(false);
    expect(await db.lessonView.count({ where: { userId: who.id } })).toBe(0);
    expect(await db.enrolment.count({ where: { userId: who.id } })).toBe(0);
  });

  it("keeps one row when the first view is recorded several times at once", async () => {
    const who = await learner("racer");
    const [m, l] = [course.modules[2]!, course.modules[2]!.lessons[0]!];
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        progress.recordLessonView(who, course, m.id, l.id, { countVisit: i % 2 === 0 }),
      ),
    );
    expect(results).toEqual(Array.from({ length: 8 }, () => true));
    expect(await db.lessonView.count({ where: { userId: who.id, lessonId: l.id } })).toBe(1);
    expect(await db.enrolment.count({ where: { userId: who.id } })).toBe(1);
    // Created once, then four more visits counted; the presses of Next count none.
    expect((await viewOf(who, l.id))?.viewCount).toBe(4);
  });

  it("opens the module's quiz once every lesson of it has been recorded, and not before", async () => {
    const who = await learner("quiz-taker");
    const m = course.modules[0]!;
    const [last, ...rest] = [...m.lessons].reverse();
    for (const l of rest) await progress.recordLessonView(who, course, m.id, l.id, { countVisit: true });
    expect(await readiness.getQuizReadiness(who, course, m)).toEqual({
      open: false,
      reason: "lessons-unopened",
      unopenedLessonIds: [last!.id],
    });
    await progress.recordLessonView(who, course, m.id, last!.id, { countVisit: false });
    expect(await readiness.getQuizReadiness(who, course, m)).toEqual({ open: true });
  });
});
