import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabase } from "../testing/test-database";

// A real database: the export's scoping is a property of its queries.
const database = testDatabase("privacy-export");

type TActor = import("../auth/current-user").TActor;
let db: typeof import("../db/client").db;
let exportOwnData: typeof import("./export").exportOwnData;
let learner: TActor;
let other: TActor;
let certificateNumber: string;

let course: import("../course").TCourse;

beforeAll(async () => {
  await database.migrate();
  const [client, attempts, token, courses, exporter] = await Promise.all([
    import("../db/client"),
    import("../quiz/attempts"),
    import("../quiz/submission-token"),
    import("../course"),
    import("./export"),
  ]);
  db = client.db;
  exportOwnData = exporter.exportOwnData;
  course = courses.getDefaultCourse();
  const org = await db.organisation.create({
    data: { name: "Export School", slug: "export-school", groups: { create: [{ name: "Year 3" }] } },
    include: { groups: true },
  });
  const make = async (email: string, name: string): Promise<TActor> => {
    const user = await db.user.create({
      data: {
        email,
        name,
        searchName: name.toLowerCase(),
        organisationId: org.id,
        passwordHash: `$argon2id$fake-hash-of-${email}`,
      },
    });
    await db.enrolment.create({ data: { userId: user.id, organisationId: org.id, courseId: course.id } });
    return { id: user.id, name, email, role: "LEARNER", organisationId: org.id };
  };
  learner = await make("lee@export.example", "Lee Learner");
  other = await make("olive@export.example", "Olive Other");
  await db.groupMembership.create({ data: { userId: learner.id, groupId: org.groups[0]!.id } });
  await db.user.update({
    where: { id: learner.id },
    data: { readingTextSize: "LARGE", readingLineSpacing: "LOOSE", readingFont: "DYSLEXIC", readingContrast: "HIGH" },
  });

  const answers = (i: number) =>
    Object.fromEntries(
      course.modules[i]!.quiz.questions.map((q) => [q.id, q.options.filter((o) => o.correct).map((o) => o.id)]),
    );
  const pass = (who: TActor, i: number) =>
    attempts.recordQuizAttempt(who, course, {
      moduleId: course.modules[i]!.id,
      token: token.createSubmissionToken(
        who.id,
        course.id,
        course.modules[i]!.id,
        course.modules[i]!.quiz.questions,
        process.env.NEXTAUTH_SECRET!,
      ),
      answers: answers(i),
    });
  for (let i = 0; i < course.modules.length; i++) {
    const result = await pass(learner, i);
    if (result.ok && result.certificateNumber) certificateNumber = result.certificateNumber;
  }
  await pass(other, 0);
  await db.lessonView.create({
    data: {
      userId: learner.id,
      courseId: course.id,
      moduleId: course.modules[0]!.id,
      lessonId: course.modules[0]!.lessons[0]!.id,
      secondsSpent: 42,
    },
  });
  await db.passwordReset.create({
    data: { userId: learner.id, tokenHash: "reset-token-hash-secret", expiresAt: new Date(Date.now() + 3600_000) },
  });
  await db.invitation.create({
    data: {
      organisationId: org.id,
      email: learner.email,
      name: learner.name,
      groupIds: [],
      tokenHash: "invitation-token-hash-secret",
      expiresAt: new Date(),
      invitedById: other.id,
    },
  });
  await db.emailMessage.create({
    data: {
      toEmail: learner.email,
      toUserId: learner.id,
      organisationId: org.id,
      kind: "password-reset",
      subject: "Reset your password",
      text: "Use http://x/reset-password/SECRET-LINK-TOKEN",
      status: "OUTBOX",
    },
  });
  await db.emailMessage.create({
    data: {
      toEmail: other.email,
      toUserId: other.id,
      organisationId: org.id,
      kind: "welcome",
      subject: "Welcome Olive",
      text: "hello",
      status: "OUTBOX",
    },
  });
});

afterAll(async () => {
  await db?.$disconnect();
  await database.drop();
});

describe("exportOwnData", () => {
  it("holds the learner's profile, attempts with answers, progress, completion and certificate", async () => {
    const data = await exportOwnData(learner);
    expect(data.about).toMatch(/everything/i);
    expect(Date.parse(data.generatedAt)).not.toBeNaN();
    expect(data.profile).toMatchObject({
      name: "Lee Learner",
      email: "lee@export.example",
      role: "LEARNER",
      organisation: "Export School",
      groups: [{ name: "Year 3" }],
      readingSettings: { textSize: "LARGE", lineSpacing: "LOOSE", font: "DYSLEXIC", contrast: "HIGH" },
    });
    expect(data.quizAttempts.length).toBe(await db.quizAttempt.count({ where: { userId: learner.id } }));
    expect(data.quizAttempts[0]!.answers).toEqual(expect.any(Object));
    expect(Object.keys(data.quizAttempts[0]!.answers as object).length).toBeGreaterThan(0);
    expect(data.moduleProgress.length).toBeGreaterThan(0);
    expect(data.completions).toHaveLength(1);
    expect(data.certificates).toEqual([
      expect.objectContaining({
        number: certificateNumber,
        learnerName: "Lee Learner",
        status: "valid",
        revokedAt: null,
      }),
    ]);
    expect(data.enrolments).toEqual([
      expect.objectContaining({ certificateNumber, modulesPassed: expect.any(Number) }),
    ]);
    expect(data.lessonViews).toEqual([expect.objectContaining({ secondsSpent: 42 })]);
    expect(data.emailsSentToYou).toEqual([
      expect.objectContaining({ kind: "password-reset", subject: "Reset your password", status: "OUTBOX" }),
    ]);
  });

  it("is plain JSON, with no password hash, token hash, email text or anyone else's data", async () => {
    const data = await exportOwnData(learner);
    const json = JSON.stringify(data);
    expect(JSON.parse(json)).toEqual(data);
    for (const secret of [
      "argon2",
      "passwordHash",
      "tokenHash",
      "reset-token-hash-secret",
      "invitation-token-hash-secret",
      "SECRET-LINK-TOKEN",
      "revokedById",
    ]) {
      expect(json).not.toContain(secret);
    }
    for (const theirs of [other.id, other.email, "Olive", "Welcome Olive"]) expect(json).not.toContain(theirs);
  });

  it("gives another person only their own records", async () => {
    const data = await exportOwnData(other);
    expect(data.profile.email).toBe(other.email);
    expect(data.quizAttempts).toHaveLength(1);
    expect(data.certificates).toEqual([]);
    const json = JSON.stringify(data);
    expect(json).not.toContain(learner.id);
    expect(json).not.toContain(learner.email);
    expect(json).not.toContain(certificateNumber);
  });
});
