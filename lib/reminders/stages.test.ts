import { describe, expect, it } from "vitest";
import { planReminders, reminderTrack, type TSentReminder } from "./stages";

const DAY = 24 * 60 * 60 * 1000;
const MS = 1;
const anchor = new Date("2027-03-31T23:59:59Z");
const at = (offsetMs: number) => new Date(anchor.getTime() + offsetMs);
const due = { dueAt: anchor, validUntil: null };
const sentAt = (...stages: string[]): TSentReminder[] => stages.map((stage) => ({ stage, anchorDate: anchor }));

describe("due-date reminders (no current certificate)", () => {
  it.each([
    ["more than 30 days before", -30 * DAY - MS, null],
    ["exactly 30 days before", -30 * DAY, "due-30"],
    ["just over 7 days before", -7 * DAY - MS, "due-30"],
    ["exactly 7 days before", -7 * DAY, "due-7"],
    ["just over 1 day before", -1 * DAY - MS, "due-7"],
    ["exactly 1 day before", -1 * DAY, "due-1"],
    ["a moment before the due date", -MS, "due-1"],
    ["at the due date", 0, "overdue"],
    ["long after the due date", 90 * DAY, "overdue"],
  ])("%s: %s", (_label, offset, stage) => {
    const plan = planReminders(due, [], at(offset));
    expect(plan?.learnerStage ?? null).toBe(stage);
    if (plan) expect(plan).toMatchObject({ track: "due", anchor });
  });

  it("escalates to trainers from the due date on, not before", () => {
    expect(planReminders(due, [], at(-MS))?.escalate).toBe(false);
    expect(planReminders(due, [], at(0))).toEqual({ track: "due", anchor, learnerStage: "overdue", escalate: true });
  });

  it("skips earlier stages when the command has not run for a while, sending only the most urgent", () => {
    expect(planReminders(due, [], at(-3 * DAY))?.learnerStage).toBe("due-7");
    expect(planReminders(due, sentAt("due-30"), at(-12 * 60 * 60 * 1000))?.learnerStage).toBe("due-1");
    expect(planReminders(due, [], at(2 * DAY))).toMatchObject({ learnerStage: "overdue", escalate: true });
  });

  it("sends each stage once", () => {
    expect(planReminders(due, sentAt("due-30"), at(-20 * DAY))).toBeNull();
    expect(planReminders(due, sentAt("due-30", "due-7"), at(-3 * DAY))).toBeNull();
    expect(planReminders(due, sentAt("due-1"), at(-2 * 60 * 60 * 1000))).toBeNull();
    expect(planReminders(due, sentAt("overdue", "overdue-trainer"), at(5 * DAY))).toBeNull();
  });

  it("never goes back to an earlier stage once a later one has been sent", () => {
    expect(planReminders(due, sentAt("due-7"), at(-20 * DAY))).toBeNull();
    expect(planReminders(due, sentAt("overdue", "overdue-trainer"), at(-3 * DAY))).toBeNull();
  });

  it("sends the learner's overdue email and the trainer escalation independently", () => {
    expect(planReminders(due, sentAt("overdue"), at(DAY))).toEqual({
      track: "due",
      anchor,
      learnerStage: null,
      escalate: true,
    });
    expect(planReminders(due, sentAt("overdue-trainer"), at(DAY))).toEqual({
      track: "due",
      anchor,
      learnerStage: "overdue",
      escalate: false,
    });
  });

  it("starts again when the due date changes (stages are kept per due date)", () => {
    const later = new Date(anchor.getTime() + 60 * DAY);
    const sent = sentAt("due-30", "due-7", "due-1", "overdue", "overdue-trainer");
    expect(planReminders({ dueAt: later, validUntil: null }, sent, at(35 * DAY))).toMatchObject({
      learnerStage: "due-30",
      anchor: later,
    });
  });

  it("sends nothing without a due date or a certificate", () => {
    expect(planReminders({ dueAt: null, validUntil: null }, [], at(0))).toBeNull();
  });
});

describe("a completed learner", () => {
  const validUntil = new Date("2028-04-01T00:00:00Z");
  const expiryAt = (offsetMs: number) => new Date(validUntil.getTime() + offsetMs);

  it("gets no due-date reminders at all while the certificate is current, even past the due date", () => {
    for (const offset of [-30 * DAY, -7 * DAY, -DAY, 0, 10 * DAY]) {
      const plan = planReminders({ dueAt: anchor, validUntil }, [], at(offset));
      expect(plan).toBeNull();
    }
  });

  it("stops getting due reminders the moment the certificate is recorded", () => {
    const now = at(-3 * DAY);
    expect(planReminders({ dueAt: anchor, validUntil: null }, [], now)?.learnerStage).toBe("due-7");
    expect(planReminders({ dueAt: anchor, validUntil }, [], now)).toBeNull();
  });

  it.each([
    ["more than 30 days before expiry", -30 * DAY - MS, null],
    ["exactly 30 days before", -30 * DAY, "expiry-30"],
    ["just over 7 days before", -7 * DAY - MS, "expiry-30"],
    ["exactly 7 days before", -7 * DAY, "expiry-7"],
    ["just over 1 day before", -DAY - MS, "expiry-7"],
    ["exactly 1 day before", -DAY, "expiry-1"],
    ["a moment before expiry", -MS, "expiry-1"],
  ])("expiry reminders %s: %s", (_label, offset, stage) => {
    const plan = planReminders({ dueAt: anchor, validUntil }, [], expiryAt(offset));
    expect(plan?.learnerStage ?? null).toBe(stage);
    if (plan) expect(plan).toEqual({ track: "expiry", anchor: validUntil, learnerStage: stage, escalate: false });
  });

  it("sends each expiry stage once and skips the ones missed", () => {
    const sent = [{ stage: "expiry-30", anchorDate: validUntil }];
    expect(planReminders({ dueAt: null, validUntil }, sent, expiryAt(-20 * DAY))).toBeNull();
    expect(planReminders({ dueAt: null, validUntil }, [], expiryAt(-3 * DAY))?.learnerStage).toBe("expiry-7");
    expect(
      planReminders(
        { dueAt: null, validUntil },
        [...sent, { stage: "expiry-7", anchorDate: validUntil }],
        expiryAt(-3 * DAY),
      ),
    ).toBeNull();
  });

  it("gets expiry reminders afresh for a renewed certificate (a new anchor)", () => {
    const renewed = new Date(validUntil.getTime() + 365 * DAY);
    const sent = [
      { stage: "expiry-30", anchorDate: validUntil },
      { stage: "expiry-7", anchorDate: validUntil },
    ];
    expect(
      planReminders({ dueAt: null, validUntil: renewed }, sent, new Date(renewed.getTime() - 10 * DAY))?.learnerStage,
    ).toBe("expiry-30");
  });
});

describe("a lapsed certificate", () => {
  const validUntil = new Date("2027-01-10T00:00:00Z");

  it("with no due date, says once that it has expired, from the moment it stops counting", () => {
    expect(planReminders({ dueAt: null, validUntil }, [], new Date(validUntil.getTime() - MS))?.learnerStage).toBe(
      "expiry-1",
    );
    expect(planReminders({ dueAt: null, validUntil }, [], validUntil)).toEqual({
      track: "expired",
      anchor: validUntil,
      learnerStage: "expired",
      escalate: false,
    });
    expect(
      planReminders(
        { dueAt: null, validUntil },
        [{ stage: "expired", anchorDate: validUntil }],
        new Date(validUntil.getTime() + 5 * DAY),
      ),
    ).toBeNull();
  });

  it("with a new due date after the lapse, follows the due date", () => {
    const dueAt = new Date(validUntil.getTime() + 40 * DAY);
    expect(reminderTrack({ dueAt, validUntil }, new Date(validUntil.getTime() + DAY))).toEqual({
      track: "due",
      anchor: dueAt,
    });
    expect(planReminders({ dueAt, validUntil }, [], new Date(dueAt.getTime() - 10 * DAY))?.learnerStage).toBe("due-30");
  });

  it("with a due date the certificate had already met, is about the lapse, not the old due date", () => {
    const dueAt = new Date(validUntil.getTime() - 300 * DAY);
    expect(planReminders({ dueAt, validUntil }, [], new Date(validUntil.getTime() + DAY))).toEqual({
      track: "expired",
      anchor: validUntil,
      learnerStage: "expired",
      escalate: false,
    });
  });
});
