import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDate } from "../format/dates";
import { testDatabase } from "../testing/test-database";

// A real database: who may be reminded is a property of the data layer (the actor's scope), as is "not twice a day".
const database = testDatabase("manual-reminders");
delete process.env.SMTP_URL;

const DAY = 24 * 60 * 60 * 1000;
// Now, not a fixed date: "reminded in the last day" is read from when the email was written.
const NOW = new Date();
const COURSE = { id: "safeguarding-test", title: "Online safety: recognise, respond, report" };
const BASE = "https://training.example.org";

let db: typeof import("../db/client").db;
let sendTrainerReminders: typeof import("./manual").sendTrainerReminders;
const ids: Record<string, string> = {};
let orgId: string;
let otherOrgId: string;
let siteA: string;
let siteB: string;

async function person(
  key: string,
  o: {
    organisationId?: string;
    groupId?: string;
    role?: "LEARNER" | "TRAINER";
    active?: boolean;
    dueInDays?: number;
    validForDays?: number;
  },
) {
  const organisationId = o.organisationId ?? orgId;
  const user = await db.user.create({
    data: {
      email: `${key}@test.example`,
      name: key.replace(/^./, (c) => c.toUpperCase()),
      role: o.role ?? "LEARNER",
      active: o.active ?? true,
      organisationId,
      memberships: { create: o.groupId ? [{ groupId: o.groupId }] : [] },
    },
  });
  ids[key] = user.id;
  await db.enrolment.create({
    data: {
      userId: user.id,
      organisationId,
      courseId: COURSE.id,
      dueAt: o.dueInDays === undefined ? null : new Date(NOW.getTime() + o.dueInDays * DAY),
      validUntil: o.validForDays === undefined ? null : new Date(NOW.getTime() + o.validForDays * DAY),
    },
  });
}

const actor = (key: string, role: "TRAINER" | "ADMIN" = "TRAINER", organisationId = orgId) => ({
  id: ids[key]!,
  name: key,
  email: `${key}@test.example`,
  role,
  organisationId,
});
const remindersTo = (key: string) => db.emailMessage.count({ where: { toUserId: ids[key], kind: "reminder-trainer" } });

beforeAll(async () => {
  await database.migrate();
  ({ db } = await import("../db/client"));
  ({ sendTrainerReminders } = await import("./manual"));
  orgId = (await db.organisation.create({ data: { name: "Hillside Primary", slug: "hillside-manual" } })).id;
  otherOrgId = (await db.organisation.create({ data: { name: "Elsewhere", slug: "elsewhere-manual" } })).id;
  siteA = (await db.group.create({ data: { organisationId: orgId, name: "Site A" } })).id;
  siteB = (await db.group.create({ data: { organisationId: orgId, name: "Site B" } })).id;
  await person("whole", { role: "TRAINER" });
  await person("limited", { role: "TRAINER" });
  await db.trainerGroup.create({ data: { trainerId: ids.limited!, groupId: siteA } });
  await person("lateA", { groupId: siteA, dueInDays: -3 });
  await person("lateB", { groupId: siteB, dueInDays: -10 });
  await person("soonA", { groupId: siteA, dueInDays: 5 });
  await person("doneA", { groupId: siteA, dueInDays: -3, validForDays: 300 });
  await person("goneA", { groupId: siteA, dueInDays: -3, active: false });
  await person("lateElsewhere", { organisationId: otherOrgId, dueInDays: -3 });
}, 60_000);

afterAll(() => database.drop());

describe("a trainer's reminders", () => {
  it("reach everyone overdue the trainer manages, and nobody else", async () => {
    const result = await sendTrainerReminders(actor("limited"), COURSE, { target: { kind: "overdue" } }, BASE, NOW);
    expect(result).toMatchObject({ ok: true, sent: 1, upToDate: 0, recentlyReminded: 0 });
    expect(await remindersTo("lateA")).toBe(1);
    // Another site's learner, the inactive, the current and another organisation's are untouched.
    for (const key of ["lateB", "goneA", "doneA", "lateElsewhere", "soonA"]) expect(await remindersTo(key)).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "reminder.sent", targetId: ids.lateA } })).toBe(1);
  });

  it("do not send twice within a day, and say who has nothing to do", async () => {
    const result = await sendTrainerReminders(
      actor("whole"),
      COURSE,
      { target: { kind: "people", userIds: [ids.lateA!, ids.soonA!, ids.doneA!] } },
      BASE,
      new Date(NOW.getTime() + 60_000),
    );
    expect(result).toMatchObject({ ok: true, sent: 1, upToDate: 1, recentlyReminded: 1 });
    expect(await remindersTo("lateA")).toBe(1);
    expect(await remindersTo("soonA")).toBe(1);
    const email = await db.emailMessage.findFirstOrThrow({ where: { toUserId: ids.soonA, kind: "reminder-trainer" } });
    expect(email.subject).toBe(
      `Reminder: your safeguarding training is due by ${formatDate(new Date(NOW.getTime() + 5 * DAY))}`,
    );
    // A day later the same person can be reminded again.
    const later = await sendTrainerReminders(
      actor("whole"),
      COURSE,
      { target: { kind: "people", userIds: [ids.lateA!] } },
      BASE,
      new Date(NOW.getTime() + DAY),
    );
    expect(later).toMatchObject({ ok: true, sent: 1 });
  });

  it("refuse people outside the trainer's scope as if they did not exist", async () => {
    const result = await sendTrainerReminders(
      actor("limited"),
      COURSE,
      { target: { kind: "people", userIds: [ids.lateB!, ids.lateElsewhere!] } },
      BASE,
      NOW,
    );
    expect(result).toMatchObject({ ok: false, code: "REMIND_NOBODY_MATCHED" });
    expect(await remindersTo("lateB")).toBe(0);
    expect(await remindersTo("lateElsewhere")).toBe(0);
  });

  it("refuse a trainer another organisation's overdue list, and learners altogether", async () => {
    await expect(
      sendTrainerReminders(
        actor("whole"),
        COURSE,
        { organisationId: otherOrgId, target: { kind: "overdue" } },
        BASE,
        NOW,
      ),
    ).rejects.toMatchObject({ code: "ORGANISATION_NOT_MANAGED" });
    const learner = { ...actor("soonA"), role: "LEARNER" as const };
    expect(await sendTrainerReminders(learner, COURSE, { target: { kind: "overdue" } }, BASE, NOW)).toMatchObject({
      ok: false,
    });
    expect(await remindersTo("lateElsewhere")).toBe(0);
  });
});
