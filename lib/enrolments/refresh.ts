import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { findLatestCompletion } from "../certificates/completion";
import { currentCycle } from "../certificates/renewal";
import { getCourseById } from "../course";
import { countPassedModules, getModuleStandings } from "../progress/standing";

type TTx = Prisma.TransactionClient;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Recomputes a learner's enrolment row from the records it summarises (module progress, lesson
 * views, certificates). Called inside the transaction of every write that changes them, so the
 * dashboard never disagrees with the records. Keeps the due date, which assignments own.
 */
export async function refreshEnrolment(tx: TTx, userId: string, courseId: string, now = new Date()): Promise<void> {
  const [user, latest, certificate, lastView] = await Promise.all([
    tx.user.findUniqueOrThrow({ where: { id: userId }, select: { organisationId: true } }),
    findLatestCompletion(tx, userId, courseId),
    tx.certificate.findFirst({
      where: { userId, courseId, revokedAt: null },
      orderBy: { issuedAt: "desc" },
      select: { number: true, completedAt: true, expiresAt: true, graceDays: true, scorePercent: true },
    }),
    tx.lessonView.findFirst({
      where: { userId, courseId },
      orderBy: { lastViewedAt: "desc" },
      select: { lastViewedAt: true },
    }),
  ]);
  const cycle = currentCycle(latest, now);
  const progress = await tx.moduleProgress.findMany({
    where: { userId, courseId },
    select: { moduleId: true, bestScore: true, attemptCount: true, lastPassedAt: true, lastActivityAt: true },
  });
  // The same rule as every view (getModuleStandings); the dashboard's sort by progress reads this count.
  // A course this server no longer teaches still has records (an erasure or a revocation refreshes them): count
  // the passes recorded for it rather than fail the whole transaction.
  const moduleIds = getCourseById(courseId)?.modules.map((m) => m.id) ?? [...new Set(progress.map((p) => p.moduleId))];
  const modulesPassed = countPassedModules(getModuleStandings(moduleIds, progress, cycle.start));
  const activity = [lastView?.lastViewedAt, ...progress.map((p) => p.lastActivityAt)].filter((d): d is Date => !!d);
  const lastActivityAt = activity.length ? new Date(Math.max(...activity.map((d) => d.getTime()))) : null;
  const summary = {
    organisationId: user.organisationId,
    modulesPassed,
    lastActivityAt,
    completedAt: certificate?.completedAt ?? null,
    validUntil: certificate ? new Date(certificate.expiresAt.getTime() + certificate.graceDays * DAY_MS) : null,
    certificateNumber: certificate?.number ?? null,
    scorePercent: certificate?.scorePercent ?? null,
  };
  await tx.enrolment.upsert({
    where: { userId_courseId: { userId, courseId } },
    create: { userId, courseId, ...summary },
    update: summary,
  });
}
