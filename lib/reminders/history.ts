import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { REMINDER_STAGE_LABELS, type TReminderStage } from "./stages";

export type TReminderHistoryRow = {
  userId: string;
  stage: string;
  label: string;
  anchorDate: Date;
  sentAt: Date;
  /** The recorded email: for "overdue-trainer", the digest sent to the learner's trainers. */
  email: { id: string; toEmail: string; subject: string; status: string } | null;
};

/**
 * The reminders recorded for these learners in a course, newest first, with the email each one
 * sent: what a trainer sees on a learner's record. Callers scope userIds to the people they may see.
 */
export async function reminderHistory(
  db: PrismaClient,
  courseId: string,
  userIds: string[],
): Promise<TReminderHistoryRow[]> {
  if (!userIds.length) return [];
  const rows = await db.reminderSent.findMany({
    where: { courseId, userId: { in: userIds } },
    orderBy: [{ sentAt: "desc" }, { id: "asc" }],
  });
  const emails = await db.emailMessage.findMany({
    where: { id: { in: rows.map((r) => r.emailMessageId) } },
    select: { id: true, toEmail: true, subject: true, status: true },
  });
  const byId = new Map(emails.map((e) => [e.id, e]));
  return rows.map((r) => ({
    userId: r.userId,
    stage: r.stage,
    label: REMINDER_STAGE_LABELS[r.stage as TReminderStage] ?? r.stage,
    anchorDate: r.anchorDate,
    sentAt: r.sentAt,
    email: byId.get(r.emailMessageId) ?? null,
  }));
}
