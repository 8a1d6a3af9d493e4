import "server-only";
import type { TActor } from "../auth/current-user";
import type { TCourse } from "../course";
import { db } from "../db/client";
import { queueEmails } from "../email/send";
import { learnerStatus, whereLearnerStatus } from "../enrolments/status";
import { failure, type TResult } from "../errors";
import { managedOrganisationId, visibleUsersWhere } from "../people/scope";
import { trainerReminderEmail } from "./emails";

/** The email kind of a reminder a trainer chose to send, as the learner's record lists it. */
export const TRAINER_REMINDER_KIND = "reminder-trainer";
/** Someone reminded by hand is not reminded again this soon, however many times the button is pressed. */
export const TRAINER_REMINDER_GAP_HOURS = 20;
/** The most people one press reminds: a whole trust's overdue list, not an unbounded send. */
export const TRAINER_REMINDER_MAX = 2000;

export type TReminderTarget = { kind: "people"; userIds: string[] } | { kind: "overdue"; groupId?: string };

export type TReminded = {
  /** People emailed now. */
  sent: number;
  /** Chosen people with nothing to do: their certificate is current. */
  upToDate: number;
  /** Chosen people reminded by hand within the last TRAINER_REMINDER_GAP_HOURS. */
  recentlyReminded: number;
  /** The queued emails: the caller delivers them after responding. */
  emailIds: string[];
};

/**
 * A trainer reminds chosen learners, or everyone overdue, to complete the course: an email in the trainer's name
 * through the outbox, listed on each learner's record, and audited per learner. Only people the actor may see
 * (visibleUsersWhere) and who are active; people with a current certificate, and people reminded by hand in the
 * last day, are skipped and counted, so a second press does not send twice.
 */
export async function sendTrainerReminders(
  actor: TActor,
  course: Pick<TCourse, "id" | "title">,
  input: { organisationId?: string; target: TReminderTarget },
  baseUrl: string,
  now = new Date(),
): Promise<TResult<TReminded>> {
  if (actor.role === "LEARNER") return failure("ROLE_REQUIRED", { holders: "staff", action: "send-reminders" });
  const organisationId = managedOrganisationId(actor, input.organisationId);
  const { target } = input;
  if (target.kind === "people" && !target.userIds.length) return failure("REMIND_NOBODY_CHOSEN");
  const users = await db.user.findMany({
    where: {
      AND: [
        await visibleUsersWhere(actor, organisationId),
        { active: true },
        ...(target.kind === "people" ? [{ id: { in: target.userIds } }] : []),
        ...(target.kind === "overdue"
          ? [
              { enrolments: { some: { courseId: course.id, ...whereLearnerStatus("overdue", now) } } },
              ...(target.groupId ? [{ memberships: { some: { groupId: target.groupId } } }] : []),
            ]
          : []),
      ],
    },
    select: {
      id: true,
      name: true,
      email: true,
      enrolments: { where: { courseId: course.id }, select: { dueAt: true, validUntil: true, lastActivityAt: true } },
    },
    orderBy: { id: "asc" },
    take: TRAINER_REMINDER_MAX,
  });
  // Someone asked for by id who is not among them is not the actor's to remind: say nobody matched, not who exists.
  if (!users.length) return failure("REMIND_NOBODY_MATCHED");
  const organisation = await db.organisation.findUnique({ where: { id: organisationId }, select: { name: true } });
  if (!organisation) return failure("THIS_ORGANISATION_GONE");

  const since = new Date(now.getTime() - TRAINER_REMINDER_GAP_HOURS * 3600_000);
  const recent = new Set(
    (
      await db.emailMessage.findMany({
        where: { kind: TRAINER_REMINDER_KIND, toUserId: { in: users.map((u) => u.id) }, createdAt: { gt: since } },
        select: { toUserId: true },
      })
    ).map((e) => e.toUserId),
  );
  const facts = (u: (typeof users)[number]) =>
    u.enrolments[0] ?? { dueAt: null, validUntil: null, lastActivityAt: null };
  const isCurrent = (u: (typeof users)[number]) => ["completed", "expiring"].includes(learnerStatus(facts(u), now));
  const upToDate = users.filter(isCurrent);
  const due = users.filter((u) => !isCurrent(u) && !recent.has(u.id));

  const emailIds = due.length
    ? await db.$transaction(async (tx) => {
        const ids = await queueEmails(
          tx,
          due.map((u) => ({
            to: u.email,
            toUserId: u.id,
            organisationId,
            kind: TRAINER_REMINDER_KIND,
            write: (w) =>
              trainerReminderEmail(w, u, actor, facts(u).dueAt, now, {
                courseTitle: course.title,
                baseUrl,
                organisationName: organisation.name,
              }),
          })),
        );
        await tx.auditEvent.createMany({
          data: due.map((u) => ({
            actorId: actor.id,
            organisationId,
            action: "reminder.sent",
            targetType: "user",
            targetId: u.id,
            details: {
              by: target.kind === "overdue" ? "everyone overdue" : "chosen",
              dueAt: facts(u).dueAt?.toISOString() ?? null,
            },
          })),
        });
        return ids;
      })
    : [];
  return {
    ok: true,
    sent: due.length,
    upToDate: upToDate.length,
    recentlyReminded: users.length - upToDate.length - due.length,
    emailIds,
  };
}
