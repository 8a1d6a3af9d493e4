import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabase } from "../testing/test-database";

// A real database: erasure is one transaction across many tables.
const database = testDatabase("privacy-erase");

type TActor = import("../auth/current-user").TActor;
let db: typeof import("../db/client").db;
let erase: typeof import("./erase");
let admin: TActor;
let trainer: TActor;
let learner: TActor;
let bystander: TActor;
let courseId: string;
let certificateNumber: string;

const counts = async (userId: string) => ({
  attempts: await db.quizAttempt.count({ where: { userId } }),
  progress: await db.moduleProgress.count({ where: { userId } }),
  completions: await db.completion.count({ where: { userId } }),
  certificates: await db.certificate.count({ where: { userId } }),
  enrolments: await db.enrolment.count({ where: { userId } }),
  lessonViews: await db.lessonView.count({ where: { userId } }),
  emails: await db.emailMessage.count({ where: { toUserId: userId } }),
  reminders: await db.reminderSent.count({ where: { userId } }),
});

let course: import("../course").TCourse;

beforeAll(async () => {
  await database.migrate();
  const [client, attempts, token, courses, eraser] = await Promise.all([
    import("../db/client"),
    import("../quiz/attempts"),
    import("../quiz/submission-token"),
    import("../course"),
    import("./erase"),
  ]);
  db = client.db;
  erase = eraser;
  course = courses.getDefaultCourse();
  courseId = course.id;
  const org = await db.organisation.create({
    data: { name: "Erase School", slug: "erase-school", groups: { create: [{ name: "Nursery" }] } },
    include: { groups: true },
  });
  const groupId = org.groups[0]!.id;
  const make = async (email: string, name: string, role: TActor["role"]): Promise<TActor> => {
    const user = await db.user.create({
      data: {
        email,
        name,
        searchName: name.toLowerCase(),
        role,
        organisationId: org.id,
        passwordHash: `$argon2id$fake-${email}`,
        lastSignInAt: new Date(),
        memberships: { create: [{ groupId }] },
      },
    });
    await db.enrolment.create({ data: { userId: user.id, organisationId: org.id, courseId } });
    return { id: user.id, name, email, role, organisationId: org.id };
  };
  admin = await make("ada@erase.example", "Ada Admin", "ADMIN");
  trainer = await make("tom@erase.example", "Tom Trainer", "TRAINER");
  learner = await make("lena@erase.example", "Lena Learner", "LEARNER");
  bystander = await make("bea@erase.example", "Bea Bystander", "LEARNER");
  const chosen = {
    readingTextSize: "LARGER",
    readingLineSpacing: "LOOSE",
    readingFont: "DYSLEXIC",
    readingContrast: "HIGH",
  } as const;
  await db.user.updateMany({ where: { id: { in: [learner.id, bystander.id] } }, data: chosen });

  const answers = (i: number) =>
    Object.fromEntries(
      course.modules[i]!.quiz.questions.map((q) => [q.id, q.options.filter((o) => o.correct).map((o) => o.id)]),
    );
  const passAll = async (who: TActor) => {
    let number = "";
    for (let i = 0; i < course.modules.length; i++) {
      const result = await attempts.recordQuizAttempt(who, course, {
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
      if (result.ok && result.certificateNumber) number = result.certificateNumber;
    }
    return number;
  };
  certificateNumber = await passAll(learner);
  await passAll(bystander);

  await db.lessonView.create({
    data: {
      userId: learner.id,
      courseId,
      moduleId: course.modules[0]!.id,
      lessonId: course.modules[0]!.lessons[0]!.id,
    },
  });
  await db.passwordReset.create({
    data: { userId: learner.id, tokenHash: "lena-reset-hash", expiresAt: new Date(Date.now() + 3600_000) },
  });
  // A pending invitation to her address (to another organisation's course, say) and the one she accepted.
  await db.invitation.create({
    data: {
      organisationId: org.id,
      email: learner.email,
      name: learner.name,
      groupIds: [],
      tokenHash: "lena-pending",
      expiresAt: new Date(Date.now() + 86400_000),
      invitedById: trainer.id,
    },
  });
  const accepted = await db.invitation.create({
    data: {
      organisationId: org.id,
      email: learner.email,
      name: learner.name,
      groupIds: [],
      tokenHash: "lena-accepted",
      expiresAt: new Date(),
      acceptedAt: new Date(),
      invitedById: trainer.id,
    },
  });
  const invitedBea = await db.invitation.create({
    data: {
      organisationId: org.id,
      email: bystander.email,
      name: bystander.name,
      groupIds: [],
      tokenHash: "bea-pending",
      expiresAt: new Date(Date.now() + 86400_000),
      invitedById: trainer.id,
    },
  });
  const email = await db.emailMessage.create({
    data: {
      toEmail: learner.email,
      toUserId: learner.id,
      organisationId: org.id,
      kind: "password-reset",
      subject: "Reset your password",
      text: "Hello Lena Learner, http://x/reset-password/TOKEN",
      sealedText: "v1.sealed.copy.of-the-link",
      linkExpiresAt: new Date(Date.now() + 3600_000),
      status: "OUTBOX",
    },
  });
  await db.emailMessage.create({
    data: {
      toEmail: learner.email,
      organisationId: org.id,
      kind: "invitation",
      subject: "You are invited",
      text: "Hello Lena Learner, http://x/invite/TOKEN",
      status: "OUTBOX",
    },
  });
  await db.emailMessage.create({
    data: {
      toEmail: trainer.email,
      toUserId: trainer.id,
      organisationId: org.id,
      kind: "reminder-overdue-digest",
      subject: "Overdue",
      text: `Hello Tom Trainer,\n- Lena Learner <${learner.email}>, due\n- Bea Bystander <${bystander.email}>, due`,
      status: "OUTBOX",
    },
  });
  await db.emailMessage.create({
    data: {
      toEmail: bystander.email,
      toUserId: bystander.id,
      organisationId: org.id,
      kind: "welcome",
      subject: "Welcome",
      text: "Hello Bea Bystander",
      status: "OUTBOX",
    },
  });
  await db.reminderSent.create({
    data: { userId: learner.id, courseId, stage: "due-30", anchorDate: new Date(), emailMessageId: email.id },
  });
  await db.auditEvent.createMany({
    data: [
      {
        actorId: admin.id,
        organisationId: org.id,
        action: "user.role-change",
        targetType: "user",
        targetId: learner.id,
        details: { email: learner.email, from: "TRAINER", to: "LEARNER" },
      },
      {
        actorId: trainer.id,
        organisationId: org.id,
        action: "invitation.create",
        targetType: "invitation",
        targetId: accepted.id,
        details: { email: learner.email, role: "LEARNER" },
      },
      {
        actorId: trainer.id,
        organisationId: org.id,
        action: "invitation.create",
        targetType: "invitation",
        targetId: invitedBea.id,
        details: { email: bystander.email, role: "LEARNER" },
      },
    ],
  });
  // Another organisation's trainer put her address in a staff list (she was told; nothing else happened): that batch keeps her too.
  const elsewhere = await db.organisation.create({ data: { name: "Elsewhere School", slug: "erase-elsewhere" } });
  const otherTrainer = await db.user.create({
    data: { email: "otto@elsewhere.example", name: "Otto Other", role: "TRAINER", organisationId: elsewhere.id },
  });
  await db.importBatch.create({
    data: {
      organisationId: elsewhere.id,
      createdById: otherTrainer.id,
      summary: {},
      rows: [
        { line: 2, name: learner.name, email: learner.email, groups: [], dueDate: null, action: "notify", reasons: [] },
      ],
    },
  });
  await db.importBatch.create({
    data: {
      organisationId: org.id,
      createdById: trainer.id,
      summary: {},
      rows: [
        { line: 2, name: learner.name, email: learner.email, groups: [], dueDate: null, action: "create", reasons: [] },
        {
          line: 3,
          name: bystander.name,
          email: bystander.email,
          groups: [],
          dueDate: null,
          action: "create",
          reasons: [],
        },
      ],
    },
  });
});

afterAll(async () => {
  await db?.$disconnect();
  await database.drop();
});

describe("erasePerson", () => {
  it("refuses anyone but an administrator, and changes nothing", async () => {
    for (const actor of [trainer, learner, bystander]) {
      expect(await erase.erasePerson(actor, learner.id, "They asked us to")).toMatchObject({
        ok: false,
        code: "ROLE_REQUIRED",
      });
    }
    expect(await db.user.findUniqueOrThrow({ where: { id: learner.id } })).toMatchObject({
      name: "Lena Learner",
      email: learner.email,
      active: true,
    });
    expect(await db.auditEvent.count({ where: { action: "user.erase" } })).toBe(0);
  });

  it("refuses to erase the administrator themselves, an unknown person, or without a reason", async () => {
    expect(await erase.erasePerson(admin, admin.id, "Leaving the school")).toMatchObject({
      ok: false,
      code: "CANNOT_ERASE_SELF",
    });
    expect(await erase.erasePerson(admin, "no-such-user", "Leaving the school")).toMatchObject({
      ok: false,
      code: "PERSON_NOT_FOUND",
    });
    expect(await erase.erasePerson(admin, learner.id, "  ")).toMatchObject({ ok: false });
    expect(await db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({
      name: "Ada Admin",
      active: true,
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: learner.id } })).toMatchObject({
      name: "Lena Learner",
      active: true,
    });
  });

  it("removes name, email and password, revokes certificates, and keeps every count", async () => {
    const learnerBefore = await counts(learner.id);
    const bystanderBefore = await counts(bystander.id);
    const bystanderRow = await db.user.findUniqueOrThrow({ where: { id: bystander.id } });
    const bystanderCertificates = await db.certificate.findMany({ where: { userId: bystander.id } });
    const totals = {
      attempts: await db.quizAttempt.count(),
      completions: await db.completion.count(),
      certificates: await db.certificate.count(),
      enrolments: await db.enrolment.count(),
    };
    expect((await db.enrolment.findFirstOrThrow({ where: { userId: learner.id } })).certificateNumber).toBe(
      certificateNumber,
    );

    expect(await erase.erasePerson(admin, learner.id, "Requested by email on 1 May")).toEqual({ ok: true });

    const user = await db.user.findUniqueOrThrow({
      where: { id: learner.id },
      include: { memberships: true, passwordResets: true },
    });
    expect(user).toMatchObject({
      name: "Erased person",
      searchName: "erased person",
      email: `erased-${learner.id}@erased.invalid`,
      passwordHash: null,
      active: false,
      lastSignInAt: null,
      readingTextSize: "STANDARD",
      readingLineSpacing: "NORMAL",
      readingFont: "STANDARD",
      readingContrast: "STANDARD",
      memberships: [],
      passwordResets: [],
    });
    const certificate = await db.certificate.findUniqueOrThrow({ where: { number: certificateNumber } });
    expect(certificate).toMatchObject({
      learnerName: "Erased person",
      organisationName: "Erase School",
      revokedReason: "Holder's personal data erased",
      revokedById: admin.id,
      revokedAt: expect.any(Date),
    });
    // The dashboard's summary follows: no current certificate.
    expect(await db.enrolment.findFirstOrThrow({ where: { userId: learner.id } })).toMatchObject({
      certificateNumber: null,
      validUntil: null,
      completedAt: null,
    });

    // Aggregate counts are unchanged, for her and overall.
    expect(await counts(learner.id)).toEqual(learnerBefore);
    expect({
      attempts: await db.quizAttempt.count(),
      completions: await db.completion.count(),
      certificates: await db.certificate.count(),
      enrolments: await db.enrolment.count(),
    }).toEqual(totals);
    expect(await db.quizAttempt.count({ where: { userId: learner.id, passed: true } })).toBeGreaterThan(0);

    // Nothing that names her is left anywhere.
    const invitations = await db.invitation.findMany({
      where: { tokenHash: { in: ["lena-pending", "lena-accepted"] } },
    });
    expect(invitations).toEqual([
      expect.objectContaining({ tokenHash: "lena-accepted", email: user.email, name: "Erased person" }),
    ]);
    const dump = JSON.stringify({
      users: await db.user.findMany(),
      certificates: await db.certificate.findMany(),
      invitations: await db.invitation.findMany(),
      emails: await db.emailMessage.findMany(),
      audit: await db.auditEvent.findMany(),
      imports: await db.importBatch.findMany(),
    });
    expect(dump).not.toContain("lena@erase.example");
    expect(dump).not.toContain("Lena Learner");
    const own = await db.emailMessage.findMany({ where: { toEmail: user.email } });
    expect(own).toHaveLength(2);
    expect(own.every((m) => m.text === "[erased]" && m.sealedText === null)).toBe(true);
    const digest = await db.emailMessage.findFirstOrThrow({ where: { kind: "reminder-overdue-digest" } });
    expect(digest.text).toContain(`Erased person <${user.email}>`);
    expect(digest.text).toContain(`Bea Bystander <${bystander.email}>`);

    // The audit log records the erasure and its reason.
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "user.erase" } });
    expect(event).toMatchObject({
      actorId: admin.id,
      targetType: "user",
      targetId: learner.id,
      details: { reason: "Requested by email on 1 May", certificatesRevoked: 1 },
    });

    // Everyone else is untouched.
    expect(await db.user.findUniqueOrThrow({ where: { id: bystander.id } })).toEqual(bystanderRow);
    expect(await db.certificate.findMany({ where: { userId: bystander.id } })).toEqual(bystanderCertificates);
    expect(await counts(bystander.id)).toEqual(bystanderBefore);
    expect(await db.groupMembership.count({ where: { userId: bystander.id } })).toBe(1);
    expect(await db.invitation.count({ where: { tokenHash: "bea-pending", email: bystander.email } })).toBe(1);
    expect(await db.emailMessage.findFirstOrThrow({ where: { toUserId: bystander.id } })).toMatchObject({
      text: "Hello Bea Bystander",
      toEmail: bystander.email,
    });
    const imported = (await db.importBatch.findFirstOrThrow({ where: { organisationId: trainer.organisationId } }))
      .rows as { name: string; email: string }[];
    expect(imported[1]).toMatchObject({ name: "Bea Bystander", email: bystander.email });
    const invitationEvents = await db.auditEvent.findMany({ where: { action: "invitation.create" } });
    expect(invitationEvents.map((e) => (e.details as { email: string }).email).sort()).toEqual(
      [bystander.email, user.email].sort(),
    );
  });

  it("says so clearly when the person has already been erased", async () => {
    expect(await erase.erasePerson(admin, learner.id, "Asked again")).toEqual({ ok: false, code: "ALREADY_ERASED" });
    expect(await db.auditEvent.count({ where: { action: "user.erase" } })).toBe(1);
  });

  it("removes the name from the reason an earlier revocation gave, and from that revocation's audit event", async () => {
    const certificate = await db.certificate.findFirstOrThrow({ where: { userId: bystander.id } });
    const reason = `Issued to ${bystander.name} (${bystander.email}) in error`;
    await db.certificate.update({
      where: { id: certificate.id },
      data: { revokedAt: new Date(), revokedReason: reason, revokedById: admin.id },
    });
    const revocation = await db.auditEvent.create({
      data: {
        actorId: admin.id,
        organisationId: bystander.organisationId,
        action: "certificate.revoke",
        targetType: "certificate",
        targetId: certificate.number,
        details: { reason },
      },
    });
    expect(await erase.erasePerson(admin, bystander.id, "Left the club")).toEqual({ ok: true });
    const after = await db.certificate.findUniqueOrThrow({ where: { id: certificate.id } });
    expect(after.revokedReason).not.toContain(bystander.name);
    expect(after.revokedReason).not.toContain(bystander.email);
    expect(after.revokedReason).toContain("Erased person");
    const event = await db.auditEvent.findUniqueOrThrow({ where: { id: revocation.id } });
    expect(JSON.stringify(event.details)).not.toContain(bystander.name);
    expect(JSON.stringify(event.details)).not.toContain(bystander.email);
  });
});
