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
  const [{ db }, { getItemAnalysis }, { recordQuizAttempt }, { createSubmissionToken }, { getCourse }] = await Promise.all([
    import("../db/client"), import("./item-analysis"), import("../quiz/attempts"), import("../quiz/submission-token"), import("../course"),
  ]);
  lib = { db, getItemAnalysis, course: getCourse() };
  orgA = (await db.organisation.create({ data: { name: "A", slug: "a" } })).id;
  orgB = (await db.organisation.create({ data: { name: "B", slug: "b" } })).id;
  groupA = (await db.group.create({ data: { name: "Site 1", organisationId: orgA } })).id;
  const person = async (key: string, role: TActor["role"], organisationId: string, groups: string[] = []) => {
    const user = await db.user.create({ data: { email: `${key}@test.example`, name: key, role, organisationId, memberships: { create: groups.map((groupId) => ({ groupId })) } } });
    people[key] = { id: user.id, name: key, email: user.email, role, organisationId };
  };
  await person("inGroup", "LEARNER", orgA, [groupA]);
  await person("noGroup", "LEARNER", orgA);
  await person("other", "LEARNER", orgB);
  await person("trainer", "TRAINER", orgA);
  await person("groupTrainer", "TRAINER", orgA);
  await person("admin", "ADMIN", orgB);
  await db.trainerGroup.create({ data: { trainerId: people.groupTrainer!.id, groupId: groupA } });

  const first = lib.course.modules[0]!;
  const answers = (right: boolean) => Object.fromEntries(first.quiz.questions.map((q) => [q.id, right ? q.options.filter((o) => o.correct).map((o) => o.id) : [q.options.find((o) => !o.correct)!.id]]));
  for (const [key, right] of [["inGroup", false], ["noGroup", true], ["other", false]] as const) {
    const who = people[key]!;
    const result = await recordQuizAttempt(who, { moduleId: first.id, token: createSubmissionToken(who.id, first.id, process.env.NEXTAUTH_SECRET!), answers: answers(right) });
    expect(result.ok).toBe(true);
  }
});

afterAll(async () => {
  await lib?.db.$disconnect();
  await database.drop();
});

const firstQuestion = (analysis: Awaited<ReturnType<typeof import("./item-analysis").getItemAnalysis>>) => analysis.modules[0]!.questions[0]!;

describe("getItemAnalysis", () => {
  it("counts the answers of the trainer's own organisation, with the share right and the wrong answer chosen most", async () => {
    const q = lib.course.modules[0]!.quiz.questions[0]!;
    const stats = firstQuestion(await lib.getItemAnalysis(people.trainer!, {}));
    expect(stats).toMatchObject({ answered: 2, correctPercent: 50, commonWrong: { text: q.options.find((o) => !o.correct)!.text, count: 1 } });
    expect(stats.lesson?.id).toBe(q.lessonId);
  });

  it("keeps a trainer limited to a group to that group's people, and a group filter to its members", async () => {
    expect(firstQuestion(await lib.getItemAnalysis(people.groupTrainer!, {}))).toMatchObject({ answered: 1, correctPercent: 0 });
    expect(firstQuestion(await lib.getItemAnalysis(people.trainer!, { groupId: groupA }))).toMatchObject({ answered: 1, correctPercent: 0 });
  });

  it("lets an administrator see one organisation or all of them, and refuses another organisation to a trainer and the page to a learner", async () => {
    expect(firstQuestion(await lib.getItemAnalysis(people.admin!, { organisationId: orgA }))).toMatchObject({ answered: 2 });
    expect(firstQuestion(await lib.getItemAnalysis(people.admin!, { organisationId: "all" }))).toMatchObject({ answered: 3 });
    await expect(lib.getItemAnalysis(people.trainer!, { organisationId: orgB })).rejects.toThrow(/cannot manage/);
    await expect(lib.getItemAnalysis(people.trainer!, { organisationId: "all" })).rejects.toThrow(/cannot manage/);
    await expect(lib.getItemAnalysis(people.inGroup!, {})).rejects.toThrow(/Only trainers and administrators/);
  });
});
