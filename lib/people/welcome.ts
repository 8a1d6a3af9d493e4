import "server-only";
import { recordAudit } from "../audit/record";
import type { TActor } from "../auth/current-user";
import type { TCourse } from "../course";
import { calendarDayOf } from "../dates/calendar-day";
import { db } from "../db/client";
import { welcomeEmail } from "../email/messages";
import { queueEmail } from "../email/send";
import { failure, type TResult } from "../errors";
import { signsInWithSsoOnly, SSO_ONLY_SELECT } from "../auth/sso/password-rule";
import { visibleUsersWhere } from "./scope";
import { createLinkToken } from "./tokens";

/** How long a welcome link (choose your password) works: imports and resends alike. */
export const WELCOME_DAYS = 14;

/**
 * A trainer resends someone's invitation to set up their account (the welcome email of an import, with a fresh
 * single-use link) while they have never signed in and have no password. Earlier unused links stop working, so only
 * the newest email is live. Anyone they may not see is "not someone you manage", however the id was obtained.
 */
export async function resendWelcome(
  actor: TActor,
  course: Pick<TCourse, "id" | "title">,
  userId: string,
  baseUrl: string,
  now = new Date(),
): Promise<TResult<{ emailId: string; email: string }>> {
  if (actor.role === "LEARNER") return failure("ROLE_REQUIRED", { holders: "staff", action: "resend-invitations" });
  const person = await db.user.findFirst({
    where: {
      AND: [
        { id: userId },
        await visibleUsersWhere(actor, actor.role === "ADMIN" ? await organisationOf(userId) : actor.organisationId),
      ],
    },
    select: {
      id: true,
      name: true,
      email: true,
      active: true,
      passwordHash: true,
      lastSignInAt: true,
      organisationId: true,
      ...SSO_ONLY_SELECT,
      organisation: { select: { name: true, ssoRequired: true } },
      enrolments: { where: { courseId: course.id }, select: { dueAt: true } },
    },
  });
  if (!person) return failure("WELCOME_PERSON_NOT_FOUND");
  if (!person.active) return failure("WELCOME_DEACTIVATED");
  if (signsInWithSsoOnly(person)) return failure("WELCOME_USES_SSO");
  if (person.passwordHash || person.lastSignInAt) return failure("WELCOME_ALREADY_SET_UP");

  const { token, tokenHash } = createLinkToken();
  const expiresAt = new Date(now.getTime() + WELCOME_DAYS * 24 * 3600_000);
  const dueAt = person.enrolments[0]?.dueAt ?? null;
  const emailId = await db.$transaction(async (tx) => {
    await tx.passwordReset.deleteMany({ where: { userId: person.id, usedAt: null } });
    await tx.passwordReset.create({ data: { userId: person.id, tokenHash, expiresAt } });
    await recordAudit(tx, actor, {
      action: "user.welcome-resent",
      organisationId: person.organisationId,
      targetType: "user",
      targetId: person.id,
      details: { email: person.email },
    });
    return queueEmail(tx, {
      to: person.email,
      toUserId: person.id,
      organisationId: person.organisationId,
      kind: "welcome",
      linkExpiresAt: expiresAt,
      write: (w) =>
        welcomeEmail(w, {
          name: person.name,
          organisationName: person.organisation.name,
          courseTitle: course.title,
          dueDay: dueAt ? calendarDayOf(dueAt) : null,
          link: `${baseUrl}/reset-password/${token}`,
          days: WELCOME_DAYS,
        }),
    });
  });
  return { ok: true, emailId, email: person.email };
}

/** An administrator may act in any organisation: the person's own (an unknown id matches nobody). */
async function organisationOf(userId: string): Promise<string> {
  const row = await db.user.findUnique({ where: { id: userId }, select: { organisationId: true } });
  return row?.organisationId ?? "";
}
