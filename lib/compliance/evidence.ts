import "server-only";
import type { TActor } from "../auth/current-user";
import { describeRenewalPolicy } from "../certificates/renewal";
import { getCourse } from "../course";
import { db } from "../db/client";
import { whereLearnerStatus } from "../enrolments/status";
import { TAccessDenied, trainerGroupIds } from "../people/scope";
import { getComplianceSummary, getGroupBreakdown, enrolmentWhere } from "./dashboard";

const LISTED = 300;

/** Everything an inspector asks for, for the organisation or one group, gathered in a handful of queries. */
export async function gatherEvidence(actor: TActor, filter: { organisationId?: string; groupId?: string }, now = new Date()) {
  const course = getCourse();
  const { where, organisationId } = await enrolmentWhere(actor, filter, now);
  // A trainer limited to some groups may not name another group's pack (its name is not theirs to read).
  const limit = await trainerGroupIds(actor);
  if (filter.groupId && limit && !limit.includes(filter.groupId)) throw new TAccessDenied("You can only produce evidence for your own groups.");
  const [organisation, group, summary, groups, overdue, expiring, versions] = await Promise.all([
    db.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { name: true } }),
    filter.groupId ? db.group.findFirst({ where: { id: filter.groupId, organisationId }, select: { name: true } }) : null,
    getComplianceSummary(actor, filter, now),
    filter.groupId ? Promise.resolve([]) : getGroupBreakdown(actor, filter, now),
    db.enrolment.findMany({ where: { AND: [where, whereLearnerStatus("overdue", now)] }, orderBy: { dueAt: "asc" }, take: LISTED, select: { dueAt: true, user: { select: { name: true, email: true } } } }),
    db.enrolment.findMany({ where: { AND: [where, whereLearnerStatus("expiring", now)] }, orderBy: { validUntil: "asc" }, take: LISTED, select: { validUntil: true, user: { select: { name: true, email: true } } } }),
    db.certificate.groupBy({
      by: ["courseVersion"],
      where: { courseId: course.id, revokedAt: null, expiresAt: { gt: now }, user: { enrolments: { some: where } } },
      _count: { _all: true },
    }),
  ]);
  return {
    generatedAt: now, organisationName: organisation.name, groupName: group?.name ?? null,
    course: { title: course.title, version: course.version, estimatedMinutes: course.estimatedMinutes, renewal: describeRenewalPolicy(course.renewal), statisticsReviewed: course.statisticsReviewed },
    summary, groups,
    overdue: overdue.map((o) => ({ name: o.user.name, email: o.user.email, date: o.dueAt })),
    expiring: expiring.map((e) => ({ name: e.user.name, email: e.user.email, date: e.validUntil })),
    versions: versions.map((v) => ({ version: v.courseVersion, people: v._count._all })).sort((a, b) => b.version.localeCompare(a.version)),
    listedLimit: LISTED,
  };
}

export type TEvidence = Awaited<ReturnType<typeof gatherEvidence>>;
