import "server-only";
import type { TActor } from "../auth/current-user";
import { certificateStatus } from "../certificates/status";
import { db } from "../db/client";
import { READING_SELECT, settingsOfRow } from "../reading/columns";

const ABOUT =
  "Everything this safeguarding training platform holds about you: your profile and reading settings, your place " +
  "in the course, the lessons you opened, every quiz attempt with your answers, your progress, completions and certificates, " +
  "and a list of the emails sent to you (without their text, which held single-use links). " +
  "Passwords are stored only as a one-way hash and are not included. Dates are in UTC (ISO 8601). " +
  "Ask an administrator of your organisation if you want your account erased.";

/** A JSON-ready copy of the actor's own records, in a stable shape (dates become ISO strings). */
export type TOwnDataExport = Awaited<ReturnType<typeof exportOwnData>>;

/**
 * Everything the platform holds about the actor, for them to download (a subject access request).
 * Every query is scoped by the actor's own id and selects named fields only: no password hash, no
 * token hashes, no email text (it carried single-use links), and nothing about other people beyond
 * the names of the organisation and groups the actor belongs to.
 */
export async function exportOwnData(actor: TActor, now = new Date()) {
  const userId = actor.id;
  const [user, enrolments, lessonViews, quizAttempts, moduleProgress, completions, certificates, emails] =
    await Promise.all([
      db.user.findUniqueOrThrow({
        where: { id: userId },
        select: {
          id: true,
          name: true,
          email: true,
          role: true,
          active: true,
          createdAt: true,
          updatedAt: true,
          lastSignInAt: true,
          // Whether two-step verification is on, and the recovery codes' use: never the secret or the codes.
          totpEnabledAt: true,
          ...READING_SELECT,
          recoveryCodes: { orderBy: { createdAt: "asc" }, select: { createdAt: true, usedAt: true } },
          signInEvents: { orderBy: { createdAt: "desc" }, select: { createdAt: true, method: true, address: true } },
          organisation: { select: { name: true } },
          memberships: {
            orderBy: { createdAt: "asc" },
            select: { createdAt: true, group: { select: { name: true } } },
          },
          trainerGroups: { select: { group: { select: { name: true } } } },
        },
      }),
      db.enrolment.findMany({
        where: { userId },
        orderBy: { courseId: "asc" },
        select: {
          courseId: true,
          dueAt: true,
          assignedAt: true,
          modulesPassed: true,
          lastActivityAt: true,
          completedAt: true,
          validUntil: true,
          certificateNumber: true,
          scorePercent: true,
        },
      }),
      db.lessonView.findMany({
        where: { userId },
        orderBy: [{ courseId: "asc" }, { firstViewedAt: "asc" }],
        select: {
          courseId: true,
          moduleId: true,
          lessonId: true,
          firstViewedAt: true,
          lastViewedAt: true,
          viewCount: true,
          secondsSpent: true,
        },
      }),
      db.quizAttempt.findMany({
        where: { userId },
        orderBy: { submittedAt: "asc" },
        select: {
          id: true,
          courseId: true,
          courseVersion: true,
          moduleId: true,
          quizId: true,
          answers: true,
          correctCount: true,
          questionCount: true,
          scorePercent: true,
          passMark: true,
          passed: true,
          startedAt: true,
          submittedAt: true,
          durationSeconds: true,
        },
      }),
      db.moduleProgress.findMany({
        where: { userId },
        orderBy: [{ courseId: "asc" }, { moduleId: "asc" }],
        select: {
          courseId: true,
          moduleId: true,
          bestScore: true,
          attemptCount: true,
          firstPassedAt: true,
          lastPassedAt: true,
          lastActivityAt: true,
        },
      }),
      db.completion.findMany({
        where: { userId },
        orderBy: { completedAt: "asc" },
        select: {
          id: true,
          courseId: true,
          courseVersion: true,
          cycleKey: true,
          completingAttemptId: true,
          completedAt: true,
          expiresAt: true,
          graceDays: true,
          renewalPolicy: true,
          scores: true,
          scorePercent: true,
          timeSpentSeconds: true,
          cpdMinutes: true,
        },
      }),
      db.certificate.findMany({
        where: { userId },
        orderBy: { issuedAt: "asc" },
        select: {
          number: true,
          completionId: true,
          courseId: true,
          courseTitle: true,
          courseVersion: true,
          learnerName: true,
          organisationName: true,
          issuedAt: true,
          completedAt: true,
          expiresAt: true,
          graceDays: true,
          scorePercent: true,
          cpdMinutes: true,
          revokedAt: true,
          revokedReason: true,
        },
      }),
      db.emailMessage.findMany({
        where: { toUserId: userId },
        orderBy: { createdAt: "asc" },
        select: { toEmail: true, kind: true, subject: true, status: true, createdAt: true, sentAt: true },
      }),
    ]);

  return {
    about: ABOUT,
    generatedAt: now.toISOString(),
    profile: {
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role,
      active: user.active,
      organisation: user.organisation.name,
      groups: user.memberships.map((m) => ({ name: m.group.name, since: iso(m.createdAt) })),
      ...(user.role === "TRAINER" ? { trainerForGroups: user.trainerGroups.map((t) => t.group.name) } : {}),
      createdAt: iso(user.createdAt),
      updatedAt: iso(user.updatedAt),
      lastSignInAt: iso(user.lastSignInAt),
      readingSettings: settingsOfRow(user),
    },
    enrolments: enrolments.map((e) => ({
      ...e,
      dueAt: iso(e.dueAt),
      assignedAt: iso(e.assignedAt),
      lastActivityAt: iso(e.lastActivityAt),
      completedAt: iso(e.completedAt),
      validUntil: iso(e.validUntil),
    })),
    lessonViews: lessonViews.map((v) => ({
      ...v,
      firstViewedAt: iso(v.firstViewedAt),
      lastViewedAt: iso(v.lastViewedAt),
    })),
    quizAttempts: quizAttempts.map((a) => ({ ...a, startedAt: iso(a.startedAt), submittedAt: iso(a.submittedAt) })),
    moduleProgress: moduleProgress.map((p) => ({
      ...p,
      firstPassedAt: iso(p.firstPassedAt),
      lastPassedAt: iso(p.lastPassedAt),
      lastActivityAt: iso(p.lastActivityAt),
    })),
    completions: completions.map((c) => ({ ...c, completedAt: iso(c.completedAt), expiresAt: iso(c.expiresAt) })),
    certificates: certificates.map((c) => {
      // Superseded: a later certificate of theirs for the same course that has not been revoked.
      const superseded = certificates.some((o) => o.courseId === c.courseId && o.issuedAt > c.issuedAt && !o.revokedAt);
      const { status, validUntil } = certificateStatus({ ...c, superseded }, now);
      return {
        ...c,
        status,
        validUntil: iso(validUntil),
        issuedAt: iso(c.issuedAt),
        completedAt: iso(c.completedAt),
        expiresAt: iso(c.expiresAt),
        revokedAt: iso(c.revokedAt),
      };
    }),
    emailsSentToYou: emails.map((m) => ({
      to: m.toEmail,
      kind: m.kind,
      subject: m.subject,
      status: m.status,
      createdAt: iso(m.createdAt),
      sentAt: iso(m.sentAt),
    })),
  };
}

function iso(date: Date | null): string | null {
  return date ? date.toISOString() : null;
}
