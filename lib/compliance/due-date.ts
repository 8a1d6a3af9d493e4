import "server-only";
import { recordAudit } from "../audit/record";
import type { TActor } from "../auth/current-user";
import type { TCourse } from "../course";
import { calendarDayOf, dueAtFor } from "../dates/calendar-day";
import { db } from "../db/client";
import { assignedEmail } from "../email/messages";
import { queueEmail } from "../email/send";
import { failure, type TResult } from "../errors";
import { visibleUsersWhere } from "../people/scope";

export type TDueDateChanged = {
  /** The previous due day (YYYY-MM-DD in the organisation's time zone), null when none was set. */
  from: string | null;
  to: string;
  /** The day has passed: unless they have a current certificate, they are overdue now. */
  pastDue: boolean;
  /** The email telling them, when asked for: the caller delivers it after responding. */
  emailId: string | null;
};

/**
 * A trainer changes one learner's due date from their record (the end of that day in the organisation's time zone,
 * as assigning stores it), enrolling them if they were not yet. Audited with the old and new day; the learner is
 * told by email when `tell` is set.
 */
export async function changeDueDate(
  actor: TActor,
  course: Pick<TCourse, "id" | "title">,
  input: { userId: string; dueDate: string; tell: boolean },
  baseUrl: string,
  now = new Date(),
): Promise<TResult<TDueDateChanged>> {
  if (actor.role === "LEARNER") return failure("ROLE_REQUIRED", { holders: "staff", action: "change-due-dates" });
  const target = await db.user.findUnique({ where: { id: input.userId }, select: { organisationId: true } });
  if (!target || (actor.role !== "ADMIN" && target.organisationId !== actor.organisationId))
    return failure("DUE_DATE_PERSON_NOT_FOUND");
  const person = await db.user.findFirst({
    where: { AND: [{ id: input.userId, active: true }, await visibleUsersWhere(actor, target.organisationId)] },
    select: {
      id: true,
      name: true,
      email: true,
      organisationId: true,
      organisation: { select: { name: true } },
      enrolments: { where: { courseId: course.id }, select: { id: true, dueAt: true } },
    },
  });
  if (!person) return failure("DUE_DATE_PERSON_NOT_FOUND");
  const before = person.enrolments[0] ?? null;
  const from = before?.dueAt ? calendarDayOf(before.dueAt) : null;
  const dueAt = dueAtFor(input.dueDate);
  const emailId = await db.$transaction(async (tx) => {
    if (before)
      await tx.enrolment.update({ where: { id: before.id }, data: { dueAt, assignedAt: now, assignedById: actor.id } });
    else
      await tx.enrolment.create({
        data: {
          userId: person.id,
          organisationId: person.organisationId,
          courseId: course.id,
          dueAt,
          assignedAt: now,
          assignedById: actor.id,
        },
      });
    await recordAudit(tx, actor, {
      action: "enrolment.due-date-changed",
      organisationId: person.organisationId,
      targetType: "user",
      targetId: person.id,
      details: { from, to: input.dueDate, emailed: input.tell },
    });
    if (!input.tell) return null;
    return queueEmail(tx, {
      to: person.email,
      toUserId: person.id,
      organisationId: person.organisationId,
      kind: "assignment",
      write: (w) =>
        assignedEmail(w, {
          name: person.name,
          organisationName: person.organisation.name,
          courseTitle: course.title,
          dueDay: input.dueDate,
          baseUrl,
        }),
    });
  });
  return { ok: true, from, to: input.dueDate, pastDue: input.dueDate < calendarDayOf(now), emailId };
}
