// Turns the generated people and histories into rows of the app's tables, in the form Prisma itself stores them.
import type { TCourse } from "../lib/course/types";
import { sqliteDate as d } from "./ids";
import type { TOrganisation, TPerson } from "./seed-people";
import type { THistory } from "./seed-rows";
import type { TRowSink } from "./seed-sink";

export type TRowCounts = Record<string, number>;

export function createWriter(sink: TRowSink, course: TCourse, createdAt: number) {
  const counts: TRowCounts = {};
  const count = (table: string, n = 1) => (counts[table] = (counts[table] ?? 0) + n);
  const at = d(createdAt);
  // Declared parents first: the PostgreSQL sink writes tables in this order (see seed-sink.ts).
  const s = {
    organisation: sink.table("Organisation", ["id", "name", "slug", "createdAt", "updatedAt"]),
    group: sink.table("Group", ["id", "organisationId", "name", "createdAt"]),
    contact: sink.table("SafeguardingContact", [
      "id",
      "organisationId",
      "kind",
      "name",
      "phone",
      "email",
      "notes",
      "sortOrder",
    ]),
    user: sink.table("User", [
      "id",
      "email",
      "name",
      "passwordHash",
      "role",
      "active",
      "organisationId",
      "createdAt",
      "updatedAt",
      "lastSignInAt",
      "searchName",
      "totpSecret",
      "totpEnabledAt",
    ]),
    membership: sink.table("GroupMembership", ["userId", "groupId", "createdAt"]),
    view: sink.table("LessonView", [
      "id",
      "userId",
      "courseId",
      "moduleId",
      "lessonId",
      "firstViewedAt",
      "lastViewedAt",
      "viewCount",
      "secondsSpent",
    ]),
    attempt: sink.table("QuizAttempt", [
      "id",
      "userId",
      "submissionId",
      "courseId",
      "courseVersion",
      "moduleId",
      "quizId",
      "answers",
      "correctCount",
      "questionCount",
      "scorePercent",
      "passMark",
      "passed",
      "startedAt",
      "submittedAt",
      "durationSeconds",
    ]),
    progress: sink.table("ModuleProgress", [
      "id",
      "userId",
      "courseId",
      "moduleId",
      "bestScore",
      "attemptCount",
      "firstPassedAt",
      "lastPassedAt",
      "lastActivityAt",
    ]),
    completion: sink.table("Completion", [
      "id",
      "userId",
      "courseId",
      "courseVersion",
      "cycleKey",
      "completingAttemptId",
      "completedAt",
      "expiresAt",
      "graceDays",
      "renewalPolicy",
      "scores",
      "scorePercent",
      "timeSpentSeconds",
      "cpdMinutes",
    ]),
    certificate: sink.table("Certificate", [
      "id",
      "number",
      "completionId",
      "userId",
      "courseId",
      "courseTitle",
      "courseVersion",
      "learnerName",
      "organisationName",
      "issuedAt",
      "completedAt",
      "expiresAt",
      "graceDays",
      "scorePercent",
      "cpdMinutes",
    ]),
    enrolment: sink.table("Enrolment", [
      "id",
      "userId",
      "organisationId",
      "courseId",
      "dueAt",
      "assignedAt",
      "assignedById",
      "modulesPassed",
      "lastActivityAt",
      "completedAt",
      "validUntil",
      "certificateNumber",
      "scorePercent",
    ]),
  };

  return {
    counts,
    organisation(org: TOrganisation, newId: () => string) {
      s.organisation(org.id, org.name, org.slug, at, at);
      org.groupIds.forEach((id, i) => s.group(id, org.id, org.groupNames[i], at));
      // Fictional contacts on Ofcom's drama numbers (01632 960xxx): they reach nobody.
      const contacts: [string, string, string][] = [
        ["DSL", "Designated safeguarding lead", "01632 960101"],
        ["DEPUTY_DSL", "Deputy DSL", "01632 960102"],
        ["LADO", "County LADO service", "01632 960103"],
      ];
      contacts.forEach(([kind, name, phone], i) => s.contact(newId(), org.id, kind, name, phone, null, null, i));
      count("Organisation");
      count("Group", org.groupIds.length);
      count("SafeguardingContact", contacts.length);
    },
    /** sealedAuthenticator: User.totpSecret as the app stores it, for staff (they must use two-step verification). */
    person(p: TPerson, passwordHash: string, sealedAuthenticator: string | null) {
      s.user(
        p.id,
        p.email,
        p.name,
        passwordHash,
        p.role,
        1,
        p.organisationId,
        at,
        at,
        null,
        p.name.toLowerCase(),
        sealedAuthenticator,
        sealedAuthenticator ? at : null,
      );
      for (const g of p.groupIds) s.membership(p.id, g, at);
      count("User");
      count("GroupMembership", p.groupIds.length);
    },
    /** Trainers and administrators have an enrolment too, as an invitation gives them. */
    bareEnrolment(id: string, p: TPerson) {
      s.enrolment(id, p.id, p.organisationId, course.id, null, null, null, 0, null, null, null, null, null);
      count("Enrolment");
    },
    history(h: THistory, renewalPolicy: string) {
      for (const v of h.views)
        s.view(
          v.id,
          v.userId,
          course.id,
          v.moduleId,
          v.lessonId,
          d(v.firstViewedAt),
          d(v.lastViewedAt),
          v.viewCount,
          v.secondsSpent,
        );
      for (const a of h.attempts)
        s.attempt(
          a.id,
          a.userId,
          a.submissionId,
          course.id,
          course.version,
          a.moduleId,
          a.quizId,
          a.answers,
          a.correctCount,
          a.questionCount,
          a.scorePercent,
          a.passMark,
          a.passed ? 1 : 0,
          d(a.startedAt),
          d(a.submittedAt),
          a.durationSeconds,
        );
      for (const p of h.progress)
        s.progress(
          p.id,
          p.userId,
          course.id,
          p.moduleId,
          p.bestScore,
          p.attemptCount,
          d(p.firstPassedAt),
          d(p.lastPassedAt),
          d(p.lastActivityAt),
        );
      const c = h.completion;
      if (c)
        s.completion(
          c.id,
          c.userId,
          course.id,
          course.version,
          "initial",
          c.completingAttemptId,
          d(c.completedAt),
          d(c.expiresAt),
          c.graceDays,
          renewalPolicy,
          c.scores,
          c.scorePercent,
          c.timeSpentSeconds,
          c.cpdMinutes,
        );
      const t = h.certificate;
      if (t)
        s.certificate(
          t.id,
          t.number,
          t.completionId,
          t.userId,
          course.id,
          course.title,
          course.version,
          t.learnerName,
          t.organisationName,
          d(t.completedAt),
          d(t.completedAt),
          d(t.expiresAt),
          t.graceDays,
          t.scorePercent,
          t.cpdMinutes,
        );
      const e = h.enrolment;
      s.enrolment(
        e.id,
        e.userId,
        e.organisationId,
        course.id,
        d(e.dueAt),
        d(e.assignedAt),
        e.assignedById,
        e.modulesPassed,
        d(e.lastActivityAt),
        d(e.completedAt),
        d(e.validUntil),
        e.certificateNumber,
        e.scorePercent,
      );
      count("LessonView", h.views.length);
      count("QuizAttempt", h.attempts.length);
      count("ModuleProgress", h.progress.length);
      count("Completion", c ? 1 : 0);
      count("Certificate", t ? 1 : 0);
      count("Enrolment");
    },
  };
}
