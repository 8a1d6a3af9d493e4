import "server-only";
import type { TActor } from "../auth/current-user";
import type { TCourse } from "../course";
import { db } from "../db/client";
import { learnerStatus, whereLearnerStatus } from "../enrolments/status";
import { AppError } from "../errors";
import { CONTACT_KINDS, listManagedContacts } from "../people/contacts";
import { trainerGroupIds } from "../people/scope";
import { getCoverageCharts } from "./coverage";
import { countByVersion, findCurrentCertificates } from "./current-certificates";
import { getComplianceSummary, getGroupBreakdown, enrolmentWhere } from "./dashboard";

const LISTED = 300;
// Every person is listed with their dates up to this many; the CSV has them all.
const STAFF_LISTED = 2000;

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
  const [organisation, group, summary, groups, overdue, expiring, current, staff, contacts, coverage] =
    await Promise.all([
      db.organisation.findUniqueOrThrow({
        where: { id: organisationId },
        select: { name: true, contactsReviewedAt: true },
      }),
      filter.groupId
        ? db.group.findFirst({ where: { id: filter.groupId, organisationId }, select: { name: true } })
        : null,
      // The dashboard's own figures (its headline from headlineFigures), so the pack and the dashboard agree.
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
      findCurrentCertificates(where, now),
      db.enrolment.findMany({
        where,
        orderBy: [{ user: { searchName: "asc" } }, { id: "asc" }],
        take: STAFF_LISTED,
        select: {
          assignedAt: true,
          dueAt: true,
          completedAt: true,
          validUntil: true,
          lastActivityAt: true,
          user: { select: { name: true, email: true } },
        },
      }),
      listManagedContacts(actor, organisationId),
      // The dashboard's completion charts (kept per scope): the organisation's and each group's, or the one group's.
      getCoverageCharts(actor, course, { organisationId }, now),
    ]);
  // Who holds a current certificate of an older content version: the people an inspector may ask about after a
  // correction. One row a person (their latest certificate), oldest first.
  const older = current
    .filter((c) => c.version !== course.version)
    .sort((a, b) => a.completedAt.getTime() - b.completedAt.getTime());
  return {
    generatedAt: now,
    organisationName: organisation.name,
    groupName: group?.name ?? null,
    course: {
      title: course.title,
      version: course.version,
      estimatedMinutes: course.estimatedMinutes,
      renewal: course.renewal,
      changelog: course.changelog,
      statisticsReviewed: course.statisticsReviewed,
    },
    summary,
    groups,
    coverage: {
      now: coverage.now,
      charts: filter.groupId ? coverage.charts.filter((c) => c.groupId === filter.groupId) : coverage.charts,
    },
    /** The designated safeguarding lead(s) and deputies, as the organisation's contacts name them. */
    leads: contacts.contacts
      .filter((c) => c.kind === "DSL" || c.kind === "DEPUTY_DSL")
      .map((c) => ({ kind: c.kind, role: CONTACT_KINDS[c.kind], name: c.name, phone: c.phone, email: c.email })),
    contactsReviewedAt: organisation.contactsReviewedAt,
    staff: staff.map((s) => ({
      name: s.user.name,
      email: s.user.email,
      status: learnerStatus(s, now),
      assignedAt: s.assignedAt,
      dueAt: s.dueAt,
      completedAt: s.completedAt,
      validUntil: s.validUntil,
    })),
    overdue: overdue.map((o) => ({ name: o.user.name, email: o.user.email, date: o.dueAt })),
    expiring: expiring.map((e) => ({ name: e.user.name, email: e.user.email, date: e.validUntil })),
    /** How many hold a current certificate of each content version (worded by describeVersions where drawn). */
    versions: countByVersion(current),
    olderVersionHolders: older
      .slice(0, LISTED)
      .map((c) => ({ name: c.name, email: c.email, version: c.version, completedAt: c.completedAt })),
    olderVersionHoldersMore: older.length > LISTED,
    listedLimit: LISTED,
  };
}

export type TEvidence = Awaited<ReturnType<typeof gatherEvidence>>;
