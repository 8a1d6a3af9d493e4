import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { TActor } from "../auth/current-user";
import { getCourse } from "../course";
import { db } from "../db/client";
import { LEARNER_STATUSES, learnerStatus, whereLearnerStatus, type TLearnerStatus } from "../enrolments/status";
import { managedOrganisationId, trainerGroupIds } from "../people/scope";
import { readPageNumber } from "./page-number";

export type TLearnerFilter = { organisationId?: string; groupId?: string; status?: TLearnerStatus; q?: string };
export const SORTS = { name: "Name", due: "Due date", activity: "Last activity", completed: "Completed", expires: "Valid until", progress: "Modules passed" } as const;
export type TSort = keyof typeof SORTS;
export const PAGE_SIZE = 50;

/**
 * The enrolments an actor may see, filtered. Every condition is in the query, on indexed columns:
 * at 5,000 people in an organisation nothing is loaded just to be counted.
 */
export async function enrolmentWhere(actor: TActor, filter: TLearnerFilter, now: Date): Promise<{ where: Prisma.EnrolmentWhereInput; organisationId: string }> {
  const organisationId = managedOrganisationId(actor, filter.organisationId);
  const limit = await trainerGroupIds(actor);
  const groupIds = filter.groupId ? (limit && !limit.includes(filter.groupId) ? ["-"] : [filter.groupId]) : limit;
  const q = filter.q?.trim().toLowerCase();
  const user: Prisma.UserWhereInput = {
    active: true,
    ...(groupIds ? { memberships: { some: { groupId: { in: groupIds } } } } : {}),
    ...(q ? { OR: [{ searchName: { contains: q } }, { email: { contains: q } }] } : {}),
  };
  return {
    organisationId,
    where: { organisationId, courseId: getCourse().id, user, ...(filter.status ? whereLearnerStatus(filter.status, now) : {}) },
  };
}

/** Headline figures: how many people are in each status, and the share with a current certificate. */
export async function getComplianceSummary(actor: TActor, filter: TLearnerFilter, now = new Date()) {
  const { where } = await enrolmentWhere(actor, { ...filter, status: undefined }, now);
  const counts = await Promise.all(LEARNER_STATUSES.map((s) => db.enrolment.count({ where: { AND: [where, whereLearnerStatus(s, now)] } })));
  const byStatus = Object.fromEntries(LEARNER_STATUSES.map((s, i) => [s, counts[i] ?? 0])) as Record<TLearnerStatus, number>;
  const total = counts.reduce((a, b) => a + b, 0);
  const current = byStatus.completed + byStatus.expiring;
  return { total, byStatus, completionPercent: total ? Math.floor((current * 100) / total) : 0 };
}

/** The same figures for each group, counted in one grouped query per status. */
export async function getGroupBreakdown(actor: TActor, filter: TLearnerFilter, now = new Date()) {
  const { where, organisationId } = await enrolmentWhere(actor, { ...filter, status: undefined, groupId: undefined }, now);
  const limit = await trainerGroupIds(actor);
  const groups = await db.group.findMany({ where: { organisationId, ...(limit ? { id: { in: limit } } : {}) }, orderBy: { name: "asc" }, select: { id: true, name: true } });
  const perStatus = await Promise.all(
    LEARNER_STATUSES.map((s) =>
      db.groupMembership.groupBy({
        by: ["groupId"],
        where: { groupId: { in: groups.map((g) => g.id) }, user: { enrolments: { some: { AND: [where, whereLearnerStatus(s, now)] } } } },
        _count: { _all: true },
      }),
    ),
  );
  return groups.map((g) => {
    const byStatus = Object.fromEntries(LEARNER_STATUSES.map((s, i) => [s, perStatus[i]?.find((r) => r.groupId === g.id)?._count._all ?? 0])) as Record<TLearnerStatus, number>;
    const total = Object.values(byStatus).reduce((a, b) => a + b, 0);
    return { ...g, total, byStatus, completionPercent: total ? Math.floor(((byStatus.completed + byStatus.expiring) * 100) / total) : 0 };
  });
}

function orderBy(sort: TSort, dir: "asc" | "desc"): Prisma.EnrolmentOrderByWithRelationInput[] {
  const by: Record<TSort, Prisma.EnrolmentOrderByWithRelationInput> = {
    name: { user: { searchName: dir } }, due: { dueAt: { sort: dir, nulls: "last" } }, activity: { lastActivityAt: { sort: dir, nulls: "last" } },
    completed: { completedAt: { sort: dir, nulls: "last" } }, expires: { validUntil: { sort: dir, nulls: "last" } }, progress: { modulesPassed: dir },
  };
  return [by[sort], { id: "asc" }];
}

/** One page of the learner table, with each person's status per module. */
export async function listLearners(actor: TActor, filter: TLearnerFilter & { sort?: TSort; dir?: "asc" | "desc"; page?: number }, now = new Date()) {
  const { where } = await enrolmentWhere(actor, filter, now);
  const page = readPageNumber(String(filter.page ?? 1));
  const [total, rows] = await Promise.all([
    db.enrolment.count({ where }),
    db.enrolment.findMany({
      where, orderBy: orderBy(filter.sort ?? "name", filter.dir ?? "asc"), skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE,
      select: {
        dueAt: true, validUntil: true, lastActivityAt: true, completedAt: true, modulesPassed: true, scorePercent: true, certificateNumber: true,
        user: { select: { id: true, name: true, email: true, memberships: { select: { group: { select: { name: true } } } } } },
      },
    }),
  ]);
  const course = getCourse();
  const progress = await db.moduleProgress.findMany({
    where: { courseId: course.id, userId: { in: rows.map((r) => r.user.id) } },
    select: { userId: true, moduleId: true, lastPassedAt: true, bestScore: true },
  });
  return {
    total, page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    learners: rows.map((r) => ({
      ...r,
      status: learnerStatus(r, now),
      groups: r.user.memberships.map((m) => m.group.name),
      modules: course.modules.map((m) => {
        const p = progress.find((x) => x.userId === r.user.id && x.moduleId === m.id);
        return { moduleId: m.id, passed: !!p?.lastPassedAt, bestScore: p?.bestScore ?? null };
      }),
    })),
  };
}
