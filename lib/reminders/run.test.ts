import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { testDatabase } from "../testing/test-database";

// A real database: sending each stage once is a property of the data layer (unique rows, transactions).
const database = testDatabase("reminders");
delete process.env.SMTP_URL;

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date("2027-01-15T07:00:00Z");
const inDays = (days: number, from = NOW) => new Date(from.getTime() + days * DAY);
const COURSE = {
  courseId: "safeguarding-test",
  courseTitle: "Online safety: recognise, respond, report",
  baseUrl: "https://training.example.org/",
};

let db: typeof import("../db/client").db;
let runReminders: typeof import("./run").runReminders;
let reminderHistory: typeof import("./history").reminderHistory;
const ids: Record<string, string> = {};
let orgId: string;

async function person(
  key: string,
  data: { role?: "LEARNER" | "TRAINER"; active?: boolean; organisationId?: string; groupIds?: string[] },
  enrolment?: { dueAt?: Date | null; validUntil?: Date | null; courseId?: string },
) {
  const organisationId = data.organisationId ?? orgId;
  const user = await db.user.create({
    data: {
      email: `${key}@test.example`,
      name: key.replace(/^./, (c) => c.toUpperCase()),
      role: data.role ?? "LEARNER",
      active: data.active ?? true,
      organisationId,
      memberships: { create: (data.groupIds ?? []).map((groupId) => ({ groupId })) },
    },
  });
  ids[key] = user.id;
  if (enrolment)
    await db.enrolment.create({
      data: {
        userId: user.id,
        organisationId,
        courseId: enrolment.courseId ?? COURSE.courseId,
        dueAt: enrolment.dueAt ?? null,
        validUntil: enrolment.validUntil ?? null,
      },
    });
}

const stagesOf = async (key: string) =>
  (await db.reminderSent.findMany({ where: { userId: ids[key] }, orderBy: { sentAt: "asc" } })).map((r) => r.stage);
const emailsTo = (key: string) =>
  db.emailMessage.findMany({ where: { toUserId: ids[key] }, orderBy: { createdAt: "asc" } });

beforeAll(async () => {
  await database.migrate();
  ({ db } = await import("../db/client"));
  ({ runReminders } = await import("./run"));
  ({ reminderHistory } = await import("./history"));
  vi.spyOn(console, "info").mockImplementation(() => {});

  const org = await db.organisation.create({
    data: {
      name: "Reminder School",
      slug: "reminder-school",
      groups: { create: [{ name: "Early Years" }, { name: "Key Stage 2" }] },
    },
  });
  orgId = org.id;
  const groups = await db.group.findMany({ where: { organisationId: orgId } });
  const earlyYears = groups.find((g) => g.name === "Early Years")!.id;
  const keyStage2 = groups.find((g) => g.name === "Key Stage 2")!.id;

  await person("soon", { groupIds: [earlyYears] }, { dueAt: inDays(20) });
  await person("week", { groupIds: [earlyYears] }, { dueAt: inDays(5) });
  await person("late", { groupIds: [earlyYears] }, { dueAt: inDays(-3) });
  await person("done", { groupIds: [earlyYears] }, { dueAt: inDays(5), validUntil: inDays(10) });
  await person("gone", { active: false }, { dueAt: inDays(-3) });
  await person("fresh", {}, { dueAt: inDays(90) });
  await person("other-course", {}, { dueAt: inDays(-3), courseId: "another-course" });
  // Trainers: one for the whole organisation, one limited to a group the overdue learner is not in,
  // one deactivated, and one in another organisation.
  await person("trainer", { role: "TRAINER" }, { dueAt: null });
  await person("ks2-trainer", { role: "TRAINER", groupIds: [] }, undefined);
  await db.trainerGroup.create({ data: { trainerId: ids["ks2-trainer"]!, groupId: keyStage2 } });
  await person("former-trainer", { role: "TRAINER", active: false });
  const elsewhere = await db.organisation.create({ data: { name: "Elsewhere", slug: "elsewhere" } });
  await person("elsewhere-trainer", { role: "TRAINER", organisationId: elsewhere.id });
});

afterAll(async () => {
  vi.restoreAllMocks();
  await db?.$disconnect();
  await database.drop();
});

describe("runReminders", () => {
  it("sends each learner the right stage and one digest to the trainer who covers the overdue learner", async () => {
    // A page size of 2 makes the run page through the enrolments several times.
    const result = await runReminders(db, { ...COURSE, now: NOW, pageSize: 2 });
    expect(result).toEqual({ learnersChecked: 6, remindersSent: 4, trainerDigests: 1 });

    expect(await stagesOf("soon")).toEqual(["due-30"]);
    expect(await stagesOf("week")).toEqual(["due-7"]);
    expect((await stagesOf("late")).sort()).toEqual(["overdue", "overdue-trainer"]);
    expect(await stagesOf("done")).toEqual(["expiry-30"]);
    for (const key of [
      "gone",
      "fresh",
      "other-course",
      "trainer",
      "ks2-trainer",
      "former-trainer",
      "elsewhere-trainer",
    ]) {
      expect(await stagesOf(key), key).toEqual([]);
    }

    const [weekEmail] = await emailsTo("week");
    expect(weekEmail).toMatchObject({
      kind: "reminder-due-7",
      toEmail: "week@test.example",
      organisationId: orgId,
      status: "OUTBOX",
      subject: "Reminder: your safeguarding training is due by 20 January 2027",
    });
    expect(weekEmail!.text).toContain(`"${COURSE.courseTitle}"`);
    expect(weekEmail!.text).toContain("https://training.example.org/course");
    const [doneEmail] = await emailsTo("done");
    expect(doneEmail).toMatchObject({
      kind: "reminder-expiry-30",
      subject: "Your safeguarding certificate expires on 25 January 2027",
    });
    expect(await emailsTo("gone")).toEqual([]);

    const digests = await emailsTo("trainer");
    expect(digests).toHaveLength(1);
    expect(digests[0]).toMatchObject({
      kind: "reminder-overdue-digest",
      toEmail: "trainer@test.example",
      status: "OUTBOX",
      subject: "1 learner is overdue for safeguarding training",
    });
    expect(digests[0]!.text).toContain("- Late <late@test.example>, due by 12 January 2027");
    expect(digests[0]!.text).not.toContain("gone@");
    expect(digests[0]!.text).toContain("https://training.example.org/trainer");
    for (const key of ["ks2-trainer", "former-trainer", "elsewhere-trainer"])
      expect(await emailsTo(key), key).toEqual([]);

    // Every message is recorded, and each reminder row points at the email it sent.
    const rows = await db.reminderSent.findMany();
    expect(rows).toHaveLength(5);
    const emails = await db.emailMessage.findMany({ where: { id: { in: rows.map((r) => r.emailMessageId) } } });
    expect(emails).toHaveLength(5);
    const escalation = rows.find((r) => r.stage === "overdue-trainer")!;
    expect(escalation).toMatchObject({ userId: ids.late, emailMessageId: digests[0]!.id, anchorDate: inDays(-3) });

    // What a trainer sees on the learner's record.
    const history = await reminderHistory(db, COURSE.courseId, [ids.late!]);
    expect(history.map((h) => [h.label, h.email?.toEmail]).sort()).toEqual([
      ["Overdue", "late@test.example"],
      ["Overdue: trainers told", "trainer@test.example"],
    ]);
  });

  it("sends nothing when run again the same day", async () => {
    const emailsBefore = await db.emailMessage.count();
    expect(await runReminders(db, { ...COURSE, now: new Date(NOW.getTime() + 60 * 60 * 1000) })).toEqual({
      learnersChecked: 6,
      remindersSent: 0,
      trainerDigests: 0,
    });
    expect(await db.emailMessage.count()).toBe(emailsBefore);
    expect(await db.reminderSent.count()).toBe(5);
  });

  it("sends one set when two runs start at the same moment", async () => {
    await person("racer", {}, { dueAt: inDays(-1) });
    const results = await Promise.all([
      runReminders(db, { ...COURSE, now: NOW }),
      runReminders(db, { ...COURSE, now: NOW }),
    ]);
    expect(results.map((r) => r.remindersSent).sort()).toEqual([0, 1]);
    expect(results.map((r) => r.trainerDigests).sort()).toEqual([0, 1]);
    expect((await stagesOf("racer")).sort()).toEqual(["overdue", "overdue-trainer"]);
    expect(await emailsTo("racer")).toHaveLength(1);
    expect(await emailsTo("trainer")).toHaveLength(2);
  });

  it("stops due reminders once the learner completes, and moves on to the next stage for others", async () => {
    const later = inDays(4.5);
    // Without completing, "week" would now get the 1-day reminder.
    const { planReminders } = await import("./stages");
    expect(
      planReminders({ dueAt: inDays(5), validUntil: null }, [{ stage: "due-7", anchorDate: inDays(5) }], later)
        ?.learnerStage,
    ).toBe("due-1");
    await db.enrolment.update({
      where: { userId_courseId: { userId: ids.week!, courseId: COURSE.courseId } },
      data: { validUntil: inDays(365) },
    });

    const result = await runReminders(db, { ...COURSE, now: later });
    expect(result).toMatchObject({ remindersSent: 1, trainerDigests: 0 });
    expect(await stagesOf("week")).toEqual(["due-7"]);
    expect(await stagesOf("done")).toEqual(["expiry-30", "expiry-7"]);
    expect(await stagesOf("soon")).toEqual(["due-30"]);
    expect(await emailsTo("week")).toHaveLength(1);
  });

  it("escalates once the due date passes, to trainers limited to the learner's group too", async () => {
    const ks2 = await db.group.findFirstOrThrow({ where: { organisationId: orgId, name: "Key Stage 2" } });
    await person("ks2-late", { groupIds: [ks2.id] }, { dueAt: inDays(10) });
    const afterDue = inDays(21);
    const result = await runReminders(db, { ...COURSE, now: afterDue });
    // "soon" is now overdue (due in 20 days from NOW), "ks2-late" too; "done"'s certificate has lapsed.
    expect(result).toMatchObject({ remindersSent: 3, trainerDigests: 2 });
    expect((await stagesOf("soon")).sort()).toEqual(["due-30", "overdue", "overdue-trainer"]);
    expect(await stagesOf("done")).toEqual(["expiry-30", "expiry-7", "expired"]);
    const [ks2Digest] = await emailsTo("ks2-trainer");
    expect(ks2Digest!.text).toContain("Ks2-late <ks2-late@test.example>");
    expect(ks2Digest!.text).not.toContain("soon@");
    const wholeOrg = await emailsTo("trainer");
    expect(wholeOrg).toHaveLength(3);
    expect(wholeOrg[2]!.subject).toBe("2 learners are overdue for safeguarding training");
  });

  it("tells trainers about overdue learners only, never about an overdue colleague or administrator", async () => {
    const staffRoom = await db.organisation.create({ data: { name: "Staff Room", slug: "staff-room" } });
    await person("staff-trainer", { role: "TRAINER", organisationId: staffRoom.id });
    await person("late-colleague", { role: "TRAINER", organisationId: staffRoom.id }, { dueAt: inDays(-3) });
    await person("late-learner", { organisationId: staffRoom.id }, { dueAt: inDays(-3) });
    await runReminders(db, { ...COURSE, now: NOW });
    const [digest] = await emailsTo("staff-trainer");
    expect(digest!.text).toContain("late-learner@test.example");
    expect(digest!.text).not.toContain("late-colleague@");
    // The colleague still gets their own reminder.
    expect(await stagesOf("late-colleague")).toEqual(["overdue"]);
  });
});
