import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabase } from "../testing/test-database";

// A real database: the cap must hold when reports arrive at the same moment.
const database = testDatabase("lesson-time");

type TActor = import("../auth/current-user").TActor;
let db: typeof import("../db/client").db;
let progress: typeof import("./queries");
let course: import("../course").TCourse;
let orgId: string;

const learner = async (n: string): Promise<TActor> => {
  const user = await db.user.create({ data: { email: `${n}@time.example`, name: n, organisationId: orgId } });
  return { id: user.id, name: n, email: user.email, role: "LEARNER", organisationId: orgId };
};
const secondsOn = async (who: TActor, lessonId: string) =>
  (await db.lessonView.findFirstOrThrow({ where: { userId: who.id, lessonId }, select: { secondsSpent: true } }))
    .secondsSpent;

beforeAll(async () => {
  await database.migrate();
  const [client, queries, courses] = await Promise.all([
    import("../db/client"),
    import("./queries"),
    import("../course"),
  ]);
  db = client.db;
  progress = queries;
  course = courses.getDefaultCourse();
  orgId = (await db.organisation.create({ data: { name: "Time School", slug: "time-school" } })).id;
});

afterAll(async () => {
  await db?.$disconnect();
  await database.drop();
});

describe("lesson reading time", () => {
  it("adds what the browser measured, a report at a time", async () => {
    const who = await learner("steady");
    const [m, l] = [course.modules[0]!, course.modules[0]!.lessons[0]!];
    await progress.recordLessonView(who, course, m.id, l.id, { countVisit: true });
    expect(await progress.addLessonTime(who, course, m.id, l.id, 90)).toBe(true);
    expect(await progress.addLessonTime(who, course, m.id, l.id, 30)).toBe(true);
    expect(await secondsOn(who, l.id)).toBe(120);
  });

  it("stops at the lesson's cap however many day-long reports arrive", async () => {
    const who = await learner("inflater");
    const [m, l] = [course.modules[0]!, course.modules[0]!.lessons[0]!];
    await progress.recordLessonView(who, course, m.id, l.id, { countVisit: true });
    for (let i = 0; i < 10; i++) expect(await progress.addLessonTime(who, course, m.id, l.id, 86_400)).toBe(true);
    expect(await secondsOn(who, l.id)).toBe(progress.lessonTimeCapSeconds(l.estimatedMinutes));
  });

  it("holds the cap when reports arrive at once", async () => {
    const who = await learner("racer");
    const [m, l] = [course.modules[1]!, course.modules[1]!.lessons[0]!];
    await progress.recordLessonView(who, course, m.id, l.id, { countVisit: true });
    const cap = progress.lessonTimeCapSeconds(l.estimatedMinutes);
    const report = Math.min(progress.MAX_LESSON_SECONDS_PER_REPORT, cap) - 7;
    await Promise.all(Array.from({ length: 12 }, () => progress.addLessonTime(who, course, m.id, l.id, report)));
    expect(await secondsOn(who, l.id)).toBe(cap);
  });

  it("records nothing for a lesson that was never opened or does not exist", async () => {
    const who = await learner("stranger");
    const [m, l] = [course.modules[0]!, course.modules[0]!.lessons[0]!];
    expect(await progress.addLessonTime(who, course, m.id, l.id, 60)).toBe(false);
    expect(await progress.addLessonTime(who, course, m.id, "no-such-lesson", 60)).toBe(false);
    expect(await db.lessonView.count({ where: { userId: who.id } })).toBe(0);
  });
});
