import "server-only";
import { cache } from "react";
import type { Prisma } from "@/generated/prisma/client";
import type { TActor } from "../auth/current-user";
import type { TCourse } from "../course";
import { db } from "../db/client";
import { LEARNER_STATUSES, learnerStatus, whereLearnerStatus, type TLearnerStatus } from "../enrolments/status";
import { managedOrganisationId, trainerGroupIds, visibleUsersWhere } from "../people/scope";
import { countPassedModules } from "../progress/standing";
import { findModuleStandings } from "../progress/standings";
import { headlineFigures } from "./headline";
import { monthsAhead } from "./months-ahead";
import { readPageNumber } from "./page-number";

export type TLearnerFilter = { organisationId?: string; groupId?: string; status?: TLearnerStatus; q?: string };
export const SORTS = {
  name: "Name",
  due: "Due date",
  activity: "Last activity",
  completed: "Completed",
  expires: "Valid until",
  progress: "Modules passed",
} as const;
export type TSort = keyof typeof SORTS;
export const PAGE_SIZE = 50;

/** Whom an actor may see in an organisation (visibleUsersWhere) and the groups a trainer is limited to (or null). */
export type TScope = { organisationId: string; visible: Prisma.UserWhereInput; limit: string[] | null };

/**
 * An actor's scope in an organisation: refused (ORGANISATION_NOT_MANAGED) when it is not theirs to manage. Read once
 * a request (React's cache: the dashboard's figures and table share it); outside a request, every call reads it.
 */
export const readScope = cache(async (actor: TActor, requested?: string): Promise<TScope> => {
  const organisationId = managedOrganisationId(actor, requested);
  // The same people a trainer may open one by one (visibleUsersWhere): counts and lists never include anyone else.
  const [visible, limit] = await Promise.all([visibleUsersWhere(actor, organisationId), trainerGroupIds(actor)]);
  return { organisationId, visible, limit };
});

/** The group filter as a scope allows it: a trainer asking for a group outside their limit gets nobody ("-"). */
export function allowedGroupId(scope: TScope, groupId: string | undefined): string | undefined {
  if (!groupId) return undefined;
  return scope.limit && !scope.limit.includes(groupId) ? "-" : groupId;
}

/** The enrolments a scope covers, filtered. Every condition is in the query, on indexed columns. */
export function scopedEnrolmentWhere(
  scope: TScope,
  course: Pick<TCourse, "id">,
  filter: Omit<TLearnerFilter, "organisationId">,
  now: Date,
): Prisma.EnrolmentWhereInput {
  const groupId = allowedGroupId(scope, filter.groupId);
  const q = filter.q?.trim().toLowerCase();
  const user: Prisma.UserWhereInput = {
    ...scope.visible,
    active: true,
    ...(groupId ? { AND: [{ memberships: { some: { groupId } } }] } : {}),
    ...(q ? { OR: [{ searchName: { contains: q } }, { email: { contains: q } }] } : {}),
  };
  return {
    organisationId: scope.organisationId,
    courseId: course.id,
    user,
    ...(filter.status ? whereLearnerStatus(filter.status, now) : {}),
  };
}

/**
 * The enrolments an actor may see, filtered. Every condition is in the query, on indexed columns:
 * at 5,000 people in an organisation nothing is loaded just to be counted.
 */
export async function enrolmentWhere(
  actor: TActor,
  course: Pick<TCourse, "id">,
  filter: TLearnerFilter,
  now: Date,
): Promise<{ where: Prisma.EnrolmentWhereInput; organisationId: string }> {
  const scope = await readScope(actor, filter.organisationId);
  return { organisationId: scope.organisationId, where: scopedEnrolmentWhere(scope, course, filter, now) };
}

const STATUS_FACTS = { userId: true, dueAt: true, validUntil: true, lastActivityAt: true } as const;

function emptyCounts(): Record<TLearnerStatus, number> {
  return Object.fromEntries(LEARNER_STATUSES.map((s) => [s, 0])) as Record<TLearnerStatus, number>;
}

function withPercent<T extends { byStatus: Record<TLearnerStatus, number> }>(figures: T) {
  const headline = headlineFigures(figures.byStatus);
  return { ...figures, total: headline.total, completionPercent: headline.completionPercent, headline };
}

/**
 * Headline figures: how many people are in each status, what is coming in the months ahead (monthsAhead), and `headline` (headlineFigures, which the evidence pack
 * shows too, so the two agree): the completed, of whom expiring soon, and the share completed. One read of
 * three dates per person, classified by learnerStatus itself, so the counts cannot drift from the status shown
 * per row. It replaced six COUNTs here and six grouped queries in the breakdown, each rescanning the organisation
 * with the rule as a filter: 110 ms for both at 5,000 people, now 75 ms (BENCHMARKS.md).
 */
export async function getComplianceSummary(actor: TActor, course: TCourse, filter: TLearnerFilter, now = new Date()) {
  const scope = await readScope(actor, filter.organisationId);
  return countStatuses(scope, course, filter, now);
}

/** getComplianceSummary's figures for a scope readScope gave (dashboard-figures.ts reads it once for both). */
export async function countStatuses(
  scope: TScope,
  course: Pick<TCourse, "id">,
  filter: Omit<TLearnerFilter, "organisationId">,
  now: Date,
) {
  const where = scopedEnrolmentWhere(scope, course, { ...filter, status: undefined }, now);
  const rows = await db.enrolment.findMany({ where, select: STATUS_FACTS });
  const byStatus = emptyCounts();
  for (const row of rows) byStatus[learnerStatus(row, now)]++;
  // The months ahead come from the same rows and the same rule (overdueFrom follows learnerStatus), so they are
  // kept and refreshed with the figures.
  return { ...withPercent({ byStatus }), ahead: monthsAhead(rows, now) };
}

/** The same figures for each group the actor may see: each member counted in every group they belong to. */
export async function getGroupBreakdown(actor: TActor, course: TCourse, filter: TLearnerFilter, now = new Date()) {
  const scope = await readScope(actor, filter.organisationId);
  return countStatusesByGroup(scope, course, filter, now);
}

/** getGroupBreakdown's figures for a scope readScope gave. */
export async function countStatusesByGroup(
  scope: TScope,
  course: Pick<TCourse, "id">,
  filter: Omit<TLearnerFilter, "organisationId">,
  now: Date,
) {
  const where = scopedEnrolmentWhere(scope, course, { ...filter, status: undefined, groupId: undefined }, now);
  const groups = await db.group.findMany({
    where: { organisationId: scope.organisationId, ...(scope.limit ? { id: { in: scope.limit } } : {}) },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  if (!groups.length) return [];
  const [rows, memberships] = await Promise.all([
    db.enrolment.findMany({ where, select: STATUS_FACTS }),
    db.groupMembership.findMany({
      where: { groupId: { in: groups.map((g) => g.id) } },
      select: { groupId: true, userId: true },
    }),
  ]);
  const statusOf = new Map(rows.map((r) => [r.userId, learnerStatus(r, now)]));
  const byGroup = new Map(groups.map((g) => [g.id, emptyCounts()]));
  for (const m of memberships) {
    const status = statusOf.get(m.userId);
    const counts = byGroup.get(m.groupId);
    if (status && counts) counts[status]++;
  }
  return groups.map((g) => withPercent({ ...g, byStatus: byGroup.get(g.id) ?? emptyCounts() }));
}

/**
 * "Modules passed" sorts on the enrolment's stored count (same rule, written with every change to the records):
 * it catches up with a renewal window that opened since at the learner's next write, whereas the count shown is
 * computed when read.
 */
function orderBy(sort: TSort, dir: "asc" | "desc"): Prisma.EnrolmentOrderByWithRelationInput[] {
  const by: Record<TSort, Prisma.EnrolmentOrderByWithRelationInput> = {
    name: { user: { searchName: dir } },
    due: { dueAt: { sort: dir, nulls: "last" } },
    activity: { lastActivityAt: { sort: dir, nulls: "last" } },
    completed: { completedAt: { sort: dir, nulls: "last" } },
    expires: { validUntil: { sort: dir, nulls: "last" } },
    progress: { modulesPassed: dir },
  };
  return [by[sort], { id: "asc" }];
}

/**
 * One page of the learner table, with each person's status per module in their current cycle. `known.total`: how
 * many match, when the caller already has it from the same figures (dashboard-figures.ts), to save counting again.
 */
export async function listLearners(
  actor: TActor,
  course: TCourse,
  filter: TLearnerFilter & { sort?: TSort; dir?: "asc" | "desc"; page?: number },
  now = new Date(),
  known: { total?: number } = {},
) {
  const { where } = await enrolmentWhere(actor, course, filter, now);
  const page = readPageNumber(String(filter.page ?? 1));
  const [total, rows] = await Promise.all([
    known.total ?? db.enrolment.count({ where }),
    db.enrolment.findMany({
      where,
      orderBy: orderBy(filter.sort ?? "name", filter.dir ?? "asc"),
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        dueAt: true,
        validUntil: true,
        lastActivityAt: true,
        completedAt: true,
        scorePercent: true,
        certificateNumber: true,
        user: {
          select: { id: true, name: true, email: true, memberships: { select: { group: { select: { name: true } } } } },
        },
      },
    }),
  ]);
  const standings = await findModuleStandings(
    db,
    course,
    rows.map((r) => r.user.id),
    now,
  );
  return {
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    learners: rows.map((r) => {
      // The dots and the count come from the same standings, so they cannot disagree.
      const modules = (standings.get(r.user.id) ?? []).map(({ moduleId, passed, bestScore }) => ({
        moduleId,
        passed,
        bestScore,
      }));
      return {
        ...r,
        status: learnerStatus(r, now),
        groups: r.user.memberships.map((m) => m.group.name),
        modules,
        modulesPassed: countPassedModules(modules),
      };
    }),
  };
}
