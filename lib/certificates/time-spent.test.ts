import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabase } from "../testing/test-database";

// A real database: the figure is gathered from attempts and lesson views in the completion's transaction.
const database = testDatabase("time-spent");

type TActor = import("../auth/current-user").TActor;
let db: typeof import("../db/client").db;
let attempts: typeof import("../quiz/attempts");
let tokens: typeof import("../quiz/submission-token");
let caps: typeof import("../progress/time-caps");
let course: import("../course").TCourse;
let learner: TActor;

beforeAll(async () => {
  await database.migrate();
  const [client, a, t, c, courses] = await Promise.all([
    import("../db/client"),
    import("../quiz/attempts"),
    import("../quiz/submission-token"),
    import("../progress/time-caps"),
    import("../course"),
  ]);
  [db, attempts, tokens, caps] = [client.db, a, t, c];
  course = courses.getDefaultCourse();
  const org = await db.organisation.create({ data: { name: "Clock School", slug: "clock-school" } });
  const user = await db.user.create({
    data: { email: "slow@clock.example", name: "Sam Slow", organisationId: org.id },
  });
  await db.enrolment.create({ data: { userId: user.id, organisationId: org.id, courseId: course.id } });
  learner = { id: user.id, name: user.name, email: user.email, role: "LEARNER", organisationId: org.id };
});

afterAll(async () => {
  await db?.$disconnect();
  await database.drop();
});

describe("time spent on a completion", () => {
  it(
    "counts each module's quiz time only up to its cap, however many day-old quiz forms are sent",
    { timeout: 60_000 },
    async () => {
      const dayAgo = new Date(Date.now() - 23 * 60 * 60 * 1000);
      const right = (i: number) =>
        Object.fromEntries(
          course.modules[i]!.quiz.questions.map((q) => [q.id, q.options.filter((o) => o.correct).map((o) => o.id)]),
        );
      // A reading-time record from before recording was capped.
      const first = course.modules[0]!;
      await db.lessonView.create({
        data: {
          userId: learner.id,
          courseId: course.id,
          moduleId: first.id,
          lessonId: first.lessons[0]!.id,
          secondsSpent: 86_400 * 10,
        },
      });
      for (let i = 0; i < course.modules.length; i++) {
        const m = course.modules[i]!;
        // Three forms opened a day ago, sent now: the last module's last one completes the course.
        for (let n = 0; n < 3; n++) {
          const token = tokens.createSubmissionToken(
            learner.id,
            course.id,
            m.id,
            m.quiz.questions,
            process.env.NEXTAUTH_SECRET!,
            dayAgo,
          );
          expect(
            await attempts.recordQuizAttempt(learner, course, { moduleId: m.id, token, answers: right(i) }),
          ).toMatchObject({ ok: true });
          if (i === course.modules.length - 1) break;
        }
      }
      const completion = await db.completion.findFirstOrThrow({
        where: { userId: learner.id },
        select: { timeSpentSeconds: true },
      });
      const quizCaps = course.modules.reduce((t, m) => t + caps.quizTimeCapSeconds(m.estimatedMinutes), 0);
      expect(completion.timeSpentSeconds).toBeLessThanOrEqual(
        quizCaps + caps.lessonTimeCapSeconds(first.lessons[0]!.estimatedMinutes),
      );
      expect(completion.timeSpentSeconds).toBeGreaterThan(0);
    },
  );
});
