import "server-only";
import { recordAudit } from "../audit/record";
import type { TActor } from "../auth/current-user";
import type { TCourse } from "../course";
import { calendarDayOf, dueAtFor } from "../dates/calendar-day";
import { db } from "../db/client";
import { assignedEmail } from "../email/messages";
import { queueEmails } from "../email/send";
import { failure, type TResult } from "../errors";
import { managedOrganisationId, trainerGroupIds, visibleUsersWhere } from "../people/scope";

/** How many people an assignment to named people names in its confirmation; the rest are counted. */
export const ASSIGN_NAMES_SHOWN = 5;

export type TAssignTarget =
  { kind: "organisation" } | { kind: "group"; groupId: string } | { kind: "people"; emails: string[] };

export type TAssigned = {
  count: number;
  /** For a group, its name, so the person assigning sees which group it was. */
  groupName?: string;
  /** For named people, their names (the first few), so the confirmation says who. */
  names?: string[];
  /** The due day is before today (in the organisation's time zone): everyone not yet complete is overdue now. */
  pastDue: boolean;
  /** The emails telling learners, queued in the outbox: the caller delivers them after responding. */
  emailIds: string[];
};

/**
 * Assigns the course with a due date (stored as the end of that day in the organisation's time zone) to a
 * group, to named people, or to everyone the actor manages. Replaces any earlier due date. Each learner it reaches
 * is emailed the course and the date, unless their certificate already covers that date (nothing for them to do).
 */
export async function assignCourse(
  actor: TActor,
  course: Pick<TCourse, "id" | "title">,
  input: { organisationId?: string; target: TAssignTarget; dueDate: string },
  baseUrl: string,
  now = new Date(),
): Promise<TResult<TAssigned>> {
  if (actor.role === "LEARNER") return failure("ROLE_REQUIRED", { holders: "staff", action: "assign-course" });
  const organisationId = managedOrganisationId(actor, input.organisationId);
  const limit = await trainerGroupIds(actor);
  // Only people the actor may see (a trainer: their learners), so an assignment never reaches a colleague.
  const where = {
    AND: [
      await visibleUsersWhere(actor, organisationId),
      { active: true },
      ...(input.target.kind === "group" ? [{ memberships: { some: { groupId: input.target.groupId } } }] : []),
      ...(input.target.kind === "people" ? [{ email: { in: input.target.emails } }] : []),
    ],
  };
  let groupName: string | undefined;
  if (input.target.kind === "group") {
    const group = await db.group.findFirst({
      where: { id: input.target.groupId, organisationId },
      select: { id: true, name: true },
    });
    if (!group || (limit && !limit.includes(group.id))) return failure("GROUP_NOT_MANAGED");
    groupName = group.name;
  }
  const users = await db.user.findMany({ where, select: { id: true, email: true, name: true } });
  if (input.target.kind === "people") {
    const found = new Set(users.map((u) => u.email));
    const missing = input.target.emails.filter((e) => !found.has(e));
    if (missing.length)
      return failure("ASSIGN_PEOPLE_NOT_FOUND", {
        emails: `${missing.slice(0, 10).join(", ")}${missing.length > 10 ? "…" : ""}`,
      });
  }
  if (!users.length) return failure("ASSIGN_NOBODY_MATCHED");

  const courseId = course.id;
  const dueAt = dueAtFor(input.dueDate);
  const organisation = await db.organisation.findUnique({ where: { id: organisationId }, select: { name: true } });
  if (!organisation) return failure("THIS_ORGANISATION_GONE");
  const emailIds = await db.$transaction(async (tx) => {
    const ids = users.map((u) => u.id);
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const existing = new Set(
        (await tx.enrolment.findMany({ where: { courseId, userId: { in: chunk } }, select: { userId: true } })).map(
          (e) => e.userId,
        ),
      );
      await tx.enrolment.updateMany({
        where: { courseId, userId: { in: chunk } },
        data: { dueAt, assignedAt: now, assignedById: actor.id },
      });
      const missing = chunk.filter((id) => !existing.has(id));
      if (missing.length)
        await tx.enrolment.createMany({
          data: missing.map((userId) => ({
            userId,
            organisationId,
            courseId,
            dueAt,
            assignedAt: now,
            assignedById: actor.id,
          })),
        });
    }
    await recordAudit(tx, actor, {
      action: "assignment.create",
      organisationId,
      targetType: input.target.kind,
      targetId: input.target.kind === "group" ? input.target.groupId : null,
      details: { dueDate: input.dueDate, people: users.length },
    });
    // Someone whose certificate is valid past the due date has nothing to do: no email for them.
    const covered = new Set<string>();
    for (let i = 0; i < users.length; i += 500) {
      const rows = await tx.enrolment.findMany({
        where: { courseId, userId: { in: users.slice(i, i + 500).map((u) => u.id) }, validUntil: { gte: dueAt } },
        select: { userId: true },
      });
      for (const row of rows) covered.add(row.userId);
    }
    return queueEmails(
      tx,
      users
        .filter((u) => !covered.has(u.id))
        .map((u) => ({
          to: u.email,
          toUserId: u.id,
          organisationId,
          kind: "assignment",
          write: (w) =>
            assignedEmail(w, {
              name: u.name,
              organisationName: organisation.name,
              courseTitle: course.title,
              dueDay: input.dueDate,
              baseUrl,
            }),
        })),
    );
  });
  const pastDue = input.dueDate < calendarDayOf(now);
  const names = input.target.kind === "people" ? users.slice(0, ASSIGN_NAMES_SHOWN).map((u) => u.name) : undefined;
  return {
    ok: true,
    count: users.length,
    ...(groupName === undefined ? {} : { groupName }),
    ...(names ? { names } : {}),
    pastDue,
    emailIds,
  };
}
