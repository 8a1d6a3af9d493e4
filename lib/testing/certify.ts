import type { PrismaClient } from "@/generated/prisma/client";
import { describeRenewalPolicy } from "../certificates/renewal";

const DAY_MS = 24 * 60 * 60 * 1000;

export type TCertifyInput = {
  userId: string;
  course: { id: string; title: string; version: string };
  /** Unique among the test's certificates. */
  number: string;
  /**
   * The completion's cycle. Unless given: "initial" for the person's first completion of the course, and for a later
   * one the moment it was completed as an ISO date, the shape the app's renewal cycles have (cycleStartOf reads it).
   */
  cycleKey?: string;
  learnerName: string;
  organisationName: string;
  completedAt: Date;
  /** A year after completion unless given. */
  expiresAt?: Date;
  graceDays?: number;
  /** The content version completed (the course's own unless given). */
  version?: string;
  revokedAt?: Date;
  /** Also write the enrolment's summary as refreshEnrolment would (certificate, completed, valid until). */
  enrolment?: boolean;
};

/**
 * A completion and its certificate, written straight to the database for a test (issued when completed), as a
 * learner passing the final quiz leaves them. Many tests need someone certified at a chosen time without taking
 * the quizzes.
 */
export async function certify(db: PrismaClient, input: TCertifyInput) {
  const expiresAt = input.expiresAt ?? new Date(input.completedAt.getTime() + 365 * DAY_MS);
  const graceDays = input.graceDays ?? 0;
  const version = input.version ?? input.course.version;
  const earlier = input.cycleKey
    ? null
    : await db.completion.findFirst({
        where: { userId: input.userId, courseId: input.course.id },
        select: { id: true },
      });
  const cycleKey = input.cycleKey ?? (earlier ? input.completedAt.toISOString() : "initial");
  const completion = await db.completion.create({
    data: {
      userId: input.userId,
      courseId: input.course.id,
      courseVersion: version,
      cycleKey,
      completingAttemptId: `attempt-${input.number}`,
      completedAt: input.completedAt,
      expiresAt,
      graceDays,
      // As a rolling twelve-month course words it when a learner completes.
      renewalPolicy: describeRenewalPolicy({ kind: "rolling", months: 12, graceDays }),
      scores: {},
      scorePercent: 100,
      timeSpentSeconds: 60,
      cpdMinutes: 60,
    },
  });
  const certificate = await db.certificate.create({
    data: {
      number: input.number,
      completionId: completion.id,
      userId: input.userId,
      courseId: input.course.id,
      courseTitle: input.course.title,
      courseVersion: version,
      learnerName: input.learnerName,
      organisationName: input.organisationName,
      issuedAt: input.completedAt,
      completedAt: input.completedAt,
      expiresAt,
      graceDays,
      scorePercent: 100,
      cpdMinutes: 60,
      revokedAt: input.revokedAt ?? null,
    },
  });
  if (input.enrolment && !input.revokedAt)
    await db.enrolment.update({
      where: { userId_courseId: { userId: input.userId, courseId: input.course.id } },
      data: {
        certificateNumber: input.number,
        completedAt: input.completedAt,
        validUntil: new Date(expiresAt.getTime() + graceDays * DAY_MS),
        scorePercent: 100,
      },
    });
  return { completion, certificate };
}
