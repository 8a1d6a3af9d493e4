import "server-only";
import type { TActor } from "../auth/current-user";
import type { TCourse } from "../course";
import { db } from "../db/client";
import { learnerStatus } from "../enrolments/status";
import { visibleUsersWhere } from "../people/scope";
import { readProgressOf } from "../progress/queries";

/**
 * A learner's full training record, for a trainer of their organisation (within the trainer's groups)
 * or an administrator. Anyone else, or an unknown id, gets null: the page then says not found.
 */
export async function getLearnerRecord(actor: TActor, course: TCourse, userId: string, now = new Date()) {
  if (actor.role === "LEARNER") return null;
  const target = await db.user.findUnique({ where: { id: userId }, select: { organisationId: true } });
  if (!target) return null;
  if (actor.role !== "ADMIN" && target.organisationId !== actor.organisationId) return null;
  const visible = await visibleUsersWhere(actor, target.organisationId);
  const courseId = course.id;
  const user = await db.user.findFirst({
    where: { AND: [{ id: userId }, visible] },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      active: true,
      passwordHash: true,
      lastSignInAt: true,
      organisation: { select: { id: true, name: true, ssoRequired: true } },
      memberships: { select: { group: { select: { name: true } } } },
      enrolments: { where: { courseId }, select: { dueAt: true, validUntil: true, lastActivityAt: true } },
      quizAttempts: {
        where: { courseId },
        orderBy: { submittedAt: "desc" },
        select: {
          id: true,
          moduleId: true,
          scorePercent: true,
          passed: true,
          submittedAt: true,
          durationSeconds: true,
          courseVersion: true,
        },
      },
      completions: {
        where: { courseId },
        orderBy: { completedAt: "desc" },
        select: {
          id: true,
          completedAt: true,
          expiresAt: true,
          scorePercent: true,
          courseVersion: true,
          timeSpentSeconds: true,
          renewalPolicy: true,
        },
      },
      certificates: {
        where: { courseId },
        orderBy: { issuedAt: "desc" },
        select: { number: true, issuedAt: true, expiresAt: true, revokedAt: true },
      },
    },
  });
  if (!user) return null;
  const emails = await db.emailMessage.findMany({
    where: { toUserId: userId },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, kind: true, subject: true, status: true, createdAt: true },
  });
  const enrolment = user.enrolments[0] ?? { dueAt: null, validUntil: null, lastActivityAt: null };
  const progress = await readProgressOf(user.id, course, now);
  // Whether "Resend invitation" applies: they have never signed in nor chosen a password (the hash stays here).
  const { passwordHash, ...person } = user;
  const awaitingSetUp = !passwordHash && !user.lastSignInAt;
  return { ...person, enrolment, status: learnerStatus(enrolment, now), emails, progress, awaitingSetUp };
}
