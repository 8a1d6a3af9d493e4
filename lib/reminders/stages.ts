// Which reminder to send a learner now: pure rules, no I/O, so every boundary is unit-tested.

const DAY_MS = 24 * 60 * 60 * 1000;

export const LEARNER_STAGES = [
  "due-30",
  "due-7",
  "due-1",
  "overdue",
  "expiry-30",
  "expiry-7",
  "expiry-1",
  "expired",
] as const;
export type TLearnerStage = (typeof LEARNER_STAGES)[number];
/** The learner's own stages plus the one-off escalation to their trainers. */
export type TReminderStage = TLearnerStage | "overdue-trainer";
export const TRAINER_STAGE = "overdue-trainer" satisfies TReminderStage;

/** How the stages read where trainers see the reminders a learner has had. */
export const REMINDER_STAGE_LABELS: Record<TReminderStage, string> = {
  "due-30": "30 days before the due date",
  "due-7": "7 days before the due date",
  "due-1": "1 day before the due date",
  overdue: "Overdue",
  "overdue-trainer": "Overdue: trainers told",
  "expiry-30": "30 days before the certificate expires",
  "expiry-7": "7 days before the certificate expires",
  "expiry-1": "1 day before the certificate expires",
  expired: "Certificate expired",
};

/** What the enrolment row says: the due date, and when the latest certificate stops counting. */
export type TReminderFacts = { dueAt: Date | null; validUntil: Date | null };
/** A reminder already recorded for this learner and course (any anchor date). */
export type TSentReminder = { stage: string; anchorDate: Date };

export type TReminderTrack = "due" | "expiry" | "expired";
export type TReminderPlan = {
  track: TReminderTrack;
  /** The date the reminders are about: the due date, or the day the certificate stops counting. */
  anchor: Date;
  /** At most one learner email per run. */
  learnerStage: TLearnerStage | null;
  /** Tell the learner's trainers (once per due date). */
  escalate: boolean;
};

/** Each track's stages in order, with how many days before the anchor each one opens. */
const TRACKS: Record<TReminderTrack, ReadonlyArray<{ stage: TLearnerStage; daysBefore: number }>> = {
  due: [
    { stage: "due-30", daysBefore: 30 },
    { stage: "due-7", daysBefore: 7 },
    { stage: "due-1", daysBefore: 1 },
    { stage: "overdue", daysBefore: 0 },
  ],
  expiry: [
    { stage: "expiry-30", daysBefore: 30 },
    { stage: "expiry-7", daysBefore: 7 },
    { stage: "expiry-1", daysBefore: 1 },
  ],
  expired: [{ stage: "expired", daysBefore: 0 }],
};

/**
 * Which track applies now. A current certificate means expiry reminders only (never due-date ones).
 * Without one, a due date means due reminders, unless the certificate that has now lapsed was still
 * valid on that date: the due date was met, and what matters is the lapse.
 */
export function reminderTrack(facts: TReminderFacts, now: Date): { track: TReminderTrack; anchor: Date } | null {
  const { dueAt, validUntil } = facts;
  if (validUntil && validUntil > now) return { track: "expiry", anchor: validUntil };
  const dueMetByLapsedCertificate = !!(dueAt && validUntil && validUntil > dueAt);
  if (dueAt && !dueMetByLapsedCertificate) return { track: "due", anchor: dueAt };
  if (validUntil) return { track: "expired", anchor: validUntil };
  return null;
}

/**
 * What to send now, or null for nothing. Only the stage whose window we are in can be sent, and only
 * if neither it nor a later stage has been sent for the same anchor: a cron that has not run for a
 * while skips the earlier stages instead of sending them all at once, and each stage goes once.
 */
export function planReminders(facts: TReminderFacts, sent: readonly TSentReminder[], now: Date): TReminderPlan | null {
  const current = reminderTrack(facts, now);
  if (!current) return null;
  const { track, anchor } = current;
  const sentHere = new Set(sent.filter((s) => s.anchorDate.getTime() === anchor.getTime()).map((s) => s.stage));
  const stages = TRACKS[track];

  let index = -1;
  stages.forEach((s, i) => {
    if (now.getTime() >= anchor.getTime() - s.daysBefore * DAY_MS) index = i;
  });
  const alreadyCovered = index >= 0 && stages.slice(index).some((s) => sentHere.has(s.stage));
  const learnerStage = index >= 0 && !alreadyCovered ? stages[index]!.stage : null;
  const escalate = track === "due" && now >= anchor && !sentHere.has(TRAINER_STAGE);

  return learnerStage || escalate ? { track, anchor, learnerStage, escalate } : null;
}
