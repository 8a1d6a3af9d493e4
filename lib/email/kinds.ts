import { REMINDER_STAGE_LABELS, type TReminderStage } from "../reminders/stages";

const KIND_LABELS: Record<string, string> = {
  assignment: "Course assigned or due date changed",
  invitation: "Invitation",
  "invitation-existing-account": "Notice: someone tried to invite this address",
  welcome: "Welcome: choose a password",
  "password-reset": "Password reset link",
  "reminder-trainer": "Reminder from a trainer",
  "reminder-overdue-digest": "Overdue list for trainers",
  "second-factor-changed": "Two-step verification changed",
  "signed-in": "New sign-in notice",
  "account-locked": "Sign-in paused after failed attempts",
};

/** What kind of email a message was, in words for a trainer or administrator reading a record or the outbox. */
export function emailKindLabel(kind: string): string {
  if (kind in KIND_LABELS) return KIND_LABELS[kind]!;
  if (kind.startsWith("reminder-")) {
    const stage = kind.slice("reminder-".length) as TReminderStage;
    if (stage in REMINDER_STAGE_LABELS) return `Automatic reminder: ${REMINDER_STAGE_LABELS[stage]}`;
  }
  return kind.replace(/-/g, " ").replace(/^./, (c) => c.toUpperCase());
}

const STATUS_LABELS: Record<string, string> = {
  PENDING: "waiting to be sent",
  SENDING: "being sent",
  RETRY: "not sent yet: will try again",
  OUTBOX: "held in the outbox (no mail server set up)",
  SENT: "sent",
  FAILED: "could not be sent",
};

/** Where a message stands, in words. */
export function emailStatusLabel(status: string): string {
  return STATUS_LABELS[status] ?? status.toLowerCase();
}
