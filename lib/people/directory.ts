import "server-only";
import type { TActor } from "../auth/current-user";
import type { TRole } from "../auth/roles";
import { db } from "../db/client";
import { readPageNumber } from "../compliance/page-number";
import { AppError } from "../errors";

export const PEOPLE_PAGE_SIZE = 50;

export const PERSON_STATUSES = ["active", "deactivated"] as const;
export type TPersonStatus = (typeof PERSON_STATUSES)[number];

export type TPeopleFilter = {
  organisationId?: string;
  q?: string;
  role?: TRole;
  status?: TPersonStatus;
  page?: number;
};

/** People across organisations, for administrators: search by name or email, filter by organisation, role, status. */
export async function searchPeople(actor: TActor, filter: TPeopleFilter) {
  if (actor.role !== "ADMIN") throw new AppError("ROLE_REQUIRED", { holders: "admin", action: "search-people" });
  const q = filter.q?.trim().toLowerCase();
  const where = {
    ...(filter.organisationId ? { organisationId: filter.organisationId } : {}),
    ...(q ? { OR: [{ searchName: { contains: q } }, { email: { contains: q } }] } : {}),
    ...(filter.role ? { role: filter.role } : {}),
    ...(filter.status ? { active: filter.status === "active" } : {}),
  };
  const page = readPageNumber(String(filter.page ?? 1));
  const [total, people] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: [{ searchName: "asc" }, { email: "asc" }],
      skip: (page - 1) * PEOPLE_PAGE_SIZE,
      take: PEOPLE_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        email: true,
        role: true,
        active: true,
        lastSignInAt: true,
        organisation: { select: { name: true } },
      },
    }),
  ]);
  return { total, page, pageCount: Math.max(1, Math.ceil(total / PEOPLE_PAGE_SIZE)), people };
}

/** One person, for administrators. */
export async function getPerson(actor: TActor, userId: string) {
  if (actor.role !== "ADMIN") throw new AppError("ROLE_REQUIRED", { holders: "admin", action: "manage-people" });
  return db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      active: true,
      createdAt: true,
      lastSignInAt: true,
      totpEnabledAt: true,
      organisation: {
        select: { id: true, name: true, groups: { orderBy: { name: "asc" }, select: { id: true, name: true } } },
      },
      memberships: { select: { group: { select: { id: true, name: true } } } },
      trainerGroups: { select: { groupId: true } },
    },
  });
}
