import "server-only";
import type { TActor } from "../auth/current-user";
import { describeRenewalPolicy } from "../certificates/renewal";
import type { TCourse } from "../course";
import { db } from "../db/client";
import { whereLearnerStatus } from "../enrolments/status";
import { AppError } from "../errors";
import { trainerGroupIds } from "../people/scope";
import { describeVersions } from "./evidence-versions";
import { getComplianceSummary, getGroupBreakdown, enrolmentWhere } from "./dashboard";

const LISTED = 300;

/** Everything an inspector asks for, for the organisation or one group, gathered in a handful of queries. */
export async function gatherEvidence(
  actor: TActor,
  course: TCourse,
  filter: { organisationId?: string; groupId?: string },
  now = new Date(),
) {
  const { where, organisationId } = await enrolmentWhere(actor, course, filter, now);
  // A trainer limited to some groups may not name another group's pack (its name is not theirs to read).
  const limit = await trainerGroupIds(actor);
  if (filter.groupId && limit && !limit.includes(filter.groupId)) throw new AppError("OWN_GROUPS_ONLY");
  const [organisation, group, summary, groups, overdue, expiring, versions, olderCertificates] = await Promise.all([
    db.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { name: true } }),
    filter.groupId
      ? db.group.findFirst({ where: { id: filter.groupId, organisationId }, select: { name: true } })
      : null,
    getComplianceSummary(actor, course, filter, now),
    filter.groupId ? Promise.resolve([]) : getGroupBreakdown(actor, course, filter, now),
    db.enrolment.findMany({
      where: { AND: [where, whereLearnerStatus("overdue", now)] },
      orderBy: { dueAt: "asc" },
      take: LISTED,
      select: { dueAt: true, user: { select: { name: true, email: true } } },
    }),
    db.enrolment.findMany({
      where: { AND: [where, whereLearnerStatus("expiring", now)] },
      orderBy: { validUntil: "asc" },
      take: LISTED,
      select: { validUntil: true, user: { select: { name: true, email: true } } },
    }),
    db.certificate.groupBy({
      by: ["courseVersion"],
      where: { courseId: course.id, revokedAt: null, expiresAt: { gt: now }, user: { enrolments: { some: where } } },
      _count: { _all: true },
    }),
    // Who holds a current certificate of an older content version: the people an inspector may ask
    // about after a correction. A person's superseded certificate (renewed early) is dropped below.
    db.certificate.findMany({
      where: {
        courseId: course.id,
        revokedAt: null,
        expiresAt: { gt: now },
        courseVersion: { not: course.version },
        user: { enrolments: { some: where } },
      },
      orderBy: [{ completedAt: "asc" }, { id: "asc" }],
      take: 2 * LISTED + 1,
      select: {
        number: true,
        courseVersion: true,
        completedAt: true,
        user: {
          select: {
            name: true,
            email: true,
            enrolments: { where: { courseId: course.id }, select: { certificateNumber: true } },
          },
        },
      },
    }),
  ]);
  const isLatest = (c: (typeof olderCertificates)[number]) =>
    c.user.enrolments.some((e) => e.certificateNumber === c.number);
  const older = olderCertificates.filter(isLatest);
  // The counts are of certificates: one superseded by an early renewal is still unexpired, and would
  // count its holder twice. Those of older versions are all in hand (unless the list was cut short).
  const superseded = new Map<string, number>();
  if (olderCertificates.length <= 2 * LISTED)
    for (const c of olderCertificates)
      if (!isLatest(c)) superseded.set(c.courseVersion, (superseded.get(c.courseVersion) ?? 0) + 1);
  const versionCounts = versions
    .map((v) => ({ version: v.courseVersion, people: v._count._all - (superseded.get(v.courseVersion) ?? 0) }))
    .filter((v) => v.people > 0);
  return {
    generatedAt: now,
    organisationName: organisation.name,
    groupName: group?.name ?? null,
    course: {
      title: course.title,
      version: course.version,
      estimatedMinutes: course.estimatedMinutes,
      renewal: describeRenewalPolicy(course.renewal),
      statisticsReviewed: course.statisticsReviewed,
    },
    summary,
    groups,
    overdue: overdue.map((o) => ({ name: o.user.name, email: o.user.email, date: o.dueAt })),
    expiring: expiring.map((e) => ({ name: e.user.name, email: e.user.email, date: e.validUntil })),
    versions: describeVersions(versionCounts, course.version, course.changelog),
    olderVersionHolders: older
      .slice(0, LISTED)
      .map((c) => ({ name: c.user.name, email: c.user.email, version: c.courseVersion, completedAt: c.completedAt })),
    olderVersionHoldersMore: older.length > LISTED || olderCertificates.length > 2 * LISTED,
    listedLimit: LISTED,
  };
}

export type TEvidence = Awaited<ReturnType<typeof gatherEvidence>>;
