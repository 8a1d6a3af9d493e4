import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabase } from "../testing/test-database";

// A real database: the counting is done in SQL, with each database's own JSON functions.
const database = testDatabase("item_analysis");

type TActor = import("../auth/current-user").TActor;
let lib: {
  db: typeof import("../db/client").db;
  getItemAnalysis: typeof import("./item-analysis").getItemAnalysis;
  course: import("../course/types").TCourse;
};
const people: Record<string, TActor> = {};
let orgA: string, orgB: string, groupA: string;

beforeAll(async () => {
  await database.migrate();
  const [{ db }, { getItemAnalysis }, { recordQuizAttempt }, { createSubmissionToken }, { getDefaultCourse }] =
    await Promise.all([
      import("../db/client"),
      import("./item-analysis"),
      import("../quiz/attempts"),
      import("../quiz/submission-token"),
      import("../course"),
    ]);
  lib = { db, getItemAnalysis, course: getDefaultCourse() };
  orgA = (await db.organisation.create({ data: { name: "A", slug: "a" } })).id;
  orgB = (await db.organisation.create({ data: { name: "B", slug: "b" } })).id;
  groupA = (await db.group.create({ data: { name: "Site 1", organisationId: orgA } })).id;
  const person = async (key: string, role: TActor["role"], organisationId: string, groups: string[] = []) => {
    const user = await db.user.create({
      data: {
        email: `${key}@test.example`,
        name: key,
        role,
        organisationId,
        memberships: { create: groups.map((groupId) => ({ groupId })) },
      },
    });
    people[key] = { id: user.id, name: key, email: user.email, role, organisationId };
  };
  // Organisation A: five learners in Site 1 (four wrong), two elsewhere (right), a trainer who took the quiz (wrong)
  // and a deactivated learner (wrong). Organisation B: one learner (wrong).
  const takers: [string, TActor["role"], string, string[], boolean][] = [
    ...[0, 1, 2, 3, 4].map((i): [string, TActor["role"], string, string[], boolean] => [
      `site${i}`,
      "LEARNER",
      orgA,
      [groupA],
      i === 4,
    ]),
    ["elsewhere0", "LEARNER", orgA, [], true],
    ["elsewhere1", "LEARNER", orgA, [], true],
    ["trainerTaker", "TRAINER", orgA, [], false],
    ["leaver", "LEARNER", orgA, [groupA], false],
    ["other", "LEARNER", orgB, [], false],
  ];
  for (const [key, role, organisationId, groups] of takers) await person(key, role, organisationId, groups);
  await person("trainer", "TRAINER", orgA);
  await person("groupTrainer", "TRAINER", orgA);
  await person("admin", "ADMIN", orgB);
  await db.trainerGroup.create({ data: { trainerId: people.groupTrainer!.id, groupId: groupA } });

  const first = lib.course.modules[0]!;
  const answers = (right: boolean) =>
    Object.fromEntries(
      first.quiz.questions.map((q) => [
        q.id,
        right ? q.options.filter((o) => o.correct).map((o) => o.id) : [q.options.find((o) => !o.correct)!.id],
      ]),
    );
  for (const [key, , , , right] of takers) {
    const who = people[key]!;
    const result = await recordQuizAttempt(who, lib.course, {
      moduleId: first.id,
      token: createSubmissionToken(who.id, lib.course.id, first.id, first.quiz.questions, process.env.NEXTAUTH_SECRET!),
      answers: answers(right),
    });
    expect(result.ok).toBe(true);
  }
  // A retake by someone already counted adds an answer, not a person.
  const again = people.site0!;
  await recordQuizAttempt(again, lib.course, {
    moduleId: first.id,
    token: createSubmissionToken(again.id, lib.course.id, first.id, first.quiz.questions, process.env.NEXTAUTH_SECRET!),
    answers: answers(false),
  });
  await db.user.update({ where: { id: people.leaver!.id }, data: { active: false } });
});

afterAll(async () => {
  await lib?.db.$disconnect();
  await database.drop();
});

const firstQuestion = (analysis: Awaited<ReturnType<typeof import("./item-analysis").getItemAnalysis>>) =>
  analysis.modules[0]!.questions[0]!;

describe("getItemAnalysis", () => {
  it("counts the active learners of the trainer's organisation, with the share right and the wrong answer chosen most", async () => {
    const q = lib.course.modules[0]!.quiz.questions[0]!;
    const stats = firstQuestion(await lib.getItemAnalysis(people.trainer!, lib.course, {}));
    expect(stats).toMatchObject({
      people: 7,
      answered: 8,
      shown: true,
      correctPercent: 38,
      commonWrong: { text: q.options.find((o) => !o.correct)!.text, count: 5 },
    });
    expect(stats.lesson?.id).toBe(q.lessonId);
  });

  it("keeps a trainer limited to a group to that group's people, and a group filter to its members", async () => {
    expect(firstQuestion(await lib.getItemAnalysis(people.groupTrainer!, lib.course, {}))).toMatchObject({
      people: 5,
      answered: 6,
      correctPercent: 17,
    });
    expect(firstQuestion(await lib.getItemAnalysis(people.trainer!, lib.course, { groupId: groupA }))).toMatchObject({
      people: 5,
      answered: 6,
      correctPercent: 17,
    });
  });

  it("lets an administrator see one organisation (trainers' answers too) or all of them, withholding figures for fewer than five people", async () => {
    expect(firstQuestion(await lib.getItemAnalysis(people.admin!, lib.course, { organisationId: orgA }))).toMatchObject(
      {
        people: 8,
        answered: 9,
      },
    );
    expect(
      firstQuestion(await lib.getItemAnalysis(people.admin!, lib.course, { organisationId: "all" })),
    ).toMatchObject({
      people: 9,
      answered: 10,
    });
    expect(firstQuestion(await lib.getItemAnalysis(people.admin!, lib.course, { organisationId: orgB }))).toMatchObject(
      {
        people: 1,
        shown: false,
        correctPercent: 0,
        commonWrong: null,
      },
    );
  });

  it("refuses another organisation to a trainer and the analysis to a learner", async () => {
    await expect(lib.getItemAnalysis(people.trainer!, lib.course, { organisationId: orgB })).rejects.toThrow(
      /cannot manage/,
    );
    await expect(lib.getItemAnalysis(people.trainer!, lib.course, { organisationId: "all" })).rejects.toThrow(
      /cannot manage/,
    );
    await expect(lib.getItemAnalysis(people.site0!, lib.course, {})).rejects.toThrow(
      /Only trainers and administrators/,
    );
  });
});
