// Demo data: one organisation with a learner, a trainer and an administrator.
// Seeds only an empty database, and never in production unless SEED_DEMO=1 asks for it.
import type { PrismaClient } from "../generated/prisma/client";
import { createPrismaClient } from "../lib/db/create-client";
import { hashPassword } from "../lib/auth/password";
import { generateCertificateNumber } from "../lib/certificates/number";
import { describeRenewalPolicy } from "../lib/certificates/renewal";
import { loadCourse } from "../lib/course/load";
import { enrol } from "../lib/enrolments/enrol";
import type { TCourse } from "../lib/course/types";
import { DEFAULT_DATABASE_URL } from "../lib/db/provider";

export const DEMO_PASSWORD = "safeguarding-demo";
export const DEMO_USERS = [
  { email: "learner@demo.example", name: "Sam Learner", role: "LEARNER" },
  { email: "trainer@demo.example", name: "Taylor Trainer", role: "TRAINER" },
  { email: "admin@demo.example", name: "Alex Administrator", role: "ADMIN" },
] as const;

// Fictional staff in every state a trainer meets, so the demo dashboard has something to show.
// Phone numbers are from Ofcom's range reserved for drama (01632 960xxx): they reach nobody.
const DEMO_STAFF = [
  ["Priya Shah", "Early Years", "completed"],
  ["Tom Baker", "Early Years", "overdue"],
  ["Grace Okafor", "Early Years", "in-progress"],
  ["Liam Murphy", "Key Stage 1", "completed"],
  ["Chloe Evans", "Key Stage 1", "not-started"],
  ["Owen Hughes", "Key Stage 1", "overdue"],
  ["Fatima Begum", "Key Stage 2", "expiring"],
  ["Jack Thompson", "Key Stage 2", "in-progress"],
  ["Megan Jones", "Key Stage 2", "not-started"],
] as const;

async function seedDemoStaff(db: PrismaClient, organisationId: string, course: TCourse) {
  const groups = new Map((await db.group.findMany({ where: { organisationId } })).map((g) => [g.name, g.id]));
  const day = 24 * 3600 * 1000;
  const now = Date.now();
  for (const [i, [name, group, state]] of DEMO_STAFF.entries()) {
    const email = `${name.toLowerCase().replace(/\s+/g, ".")}@demo.example`;
    const user = await db.user.create({
      data: {
        email,
        name,
        searchName: name.toLowerCase(),
        organisationId,
        memberships: { create: [{ groupId: groups.get(group)! }] },
      },
    });
    const dueAt = new Date(now + (state === "overdue" ? -10 : 21) * day);
    const passes =
      state === "in-progress" ? 2 : state === "completed" || state === "expiring" ? course.modules.length : 0;
    const completedAt = new Date(now - (state === "expiring" ? 350 : 40 + i) * day);
    for (const m of course.modules.slice(0, passes)) {
      const at = new Date(completedAt.getTime() - day);
      await db.quizAttempt.create({
        data: {
          userId: user.id,
          submissionId: `demo-${user.id}-${m.id}`,
          courseId: course.id,
          courseVersion: course.version,
          moduleId: m.id,
          quizId: m.quiz.id,
          answers: {},
          correctCount: m.quiz.questions.length,
          questionCount: m.quiz.questions.length,
          scorePercent: 100,
          passMark: m.passMark,
          passed: true,
          startedAt: new Date(at.getTime() - 600_000),
          submittedAt: at,
          durationSeconds: 600,
        },
      });
      await db.moduleProgress.create({
        data: {
          userId: user.id,
          courseId: course.id,
          moduleId: m.id,
          bestScore: 100,
          attemptCount: 1,
          firstPassedAt: at,
          lastPassedAt: at,
          lastActivityAt: at,
        },
      });
    }
    let certificate: { number: string; expiresAt: Date } | null = null;
    if (passes === course.modules.length) {
      const expiresAt = new Date(completedAt.getTime() + 365 * day);
      const number = generateCertificateNumber();
      await db.completion.create({
        data: {
          userId: user.id,
          courseId: course.id,
          courseVersion: course.version,
          cycleKey: "initial",
          completingAttemptId: `demo-${user.id}`,
          completedAt,
          expiresAt,
          graceDays: 0,
          renewalPolicy: describeRenewalPolicy(course.renewal),
          scores: {},
          scorePercent: 100,
          timeSpentSeconds: course.estimatedMinutes * 60,
          cpdMinutes: course.estimatedMinutes,
          certificate: {
            create: {
              number,
              userId: user.id,
              courseId: course.id,
              courseTitle: course.title,
              courseVersion: course.version,
              learnerName: name,
              organisationName: "Oakfield Primary School (demo)",
              issuedAt: completedAt,
              completedAt,
              expiresAt,
              graceDays: 0,
              scorePercent: 100,
              cpdMinutes: course.estimatedMinutes,
            },
          },
        },
      });
      certificate = { number, expiresAt };
    }
    await db.enrolment.create({
      data: {
        userId: user.id,
        organisationId,
        courseId: course.id,
        dueAt,
        assignedAt: new Date(now - 30 * day),
        modulesPassed: passes,
        lastActivityAt: passes ? completedAt : null,
        completedAt: certificate ? completedAt : null,
        validUntil: certificate?.expiresAt ?? null,
        certificateNumber: certificate?.number ?? null,
        scorePercent: certificate ? 100 : null,
      },
    });
  }
  await db.safeguardingContact.createMany({
    data: [
      {
        organisationId,
        kind: "DSL",
        name: "Helen Carter (headteacher)",
        phone: "01632 960001",
        email: "dsl@demo.example",
        sortOrder: 0,
      },
      { organisationId, kind: "DEPUTY_DSL", name: "Marcus Reid", phone: "01632 960002", sortOrder: 1 },
      { organisationId, kind: "LADO", name: "County LADO service", phone: "01632 960003", sortOrder: 2 },
      { organisationId, kind: "OUT_OF_HOURS", name: "Emergency duty team", phone: "01632 960004", sortOrder: 3 },
    ],
  });
}

export async function seedDemo(databaseUrl: string): Promise<"seeded" | "skipped"> {
  const db = createPrismaClient(databaseUrl);
  try {
    if ((await db.user.count()) > 0) return "skipped";
    const course = loadCourse(undefined, null).course;
    if (!course) throw new Error("content/ is invalid: run npm run content:check");
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const organisation = await db.organisation.create({
      data: {
        name: "Oakfield Primary School (demo)",
        slug: "oakfield-demo",
        users: { create: DEMO_USERS.map((u) => ({ ...u, searchName: u.name.toLowerCase(), passwordHash })) },
        groups: { create: [{ name: "Early Years" }, { name: "Key Stage 1" }, { name: "Key Stage 2" }] },
      },
      select: { id: true, users: { select: { id: true } } },
    });
    // Every person has an enrolment row: it is what the compliance dashboard counts.
    await enrol(
      db,
      organisation.users.map((u) => ({ userId: u.id, organisationId: organisation.id, courseId: course.id })),
    );
    await seedDemoStaff(db, organisation.id, course);
    return "seeded";
  } finally {
    await db.$disconnect();
  }
}

// Run directly (npm run db:seed / prisma db seed).
if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.env.NODE_ENV === "production" && process.env.SEED_DEMO !== "1") {
    console.log("Not seeding demo data in production (set SEED_DEMO=1 to force).");
  } else {
    const result = await seedDemo(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL);
    console.log(
      result === "seeded"
        ? "Seeded the demo organisation and users."
        : "Database already has users: demo data not seeded.",
    );
  }
}
