import "server-only";
import type { TLocale } from "../i18n/locales";
import type { Prisma } from "@/generated/prisma/client";
import type { TActor } from "../auth/current-user";
import { endOfCalendarDay, startOfCalendarDay } from "../dates/calendar-day";
import { db } from "../db/client";
import { AppError } from "../errors";
import { erasedEmail } from "../privacy/erase";
import type { TAuditFilter } from "./filters";
import { describeAuditEvents, type TDescribedAuditEvent } from "./resolve";

export const AUDIT_PAGE_SIZE = 200;

const EVENT = {
  id: true,
  createdAt: true,
  actorId: true,
  organisationId: true,
  action: true,
  targetType: true,
  targetId: true,
  details: true,
} as const;

function requireAdmin(actor: TActor) {
  if (actor.role !== "ADMIN") throw new AppError("ROLE_REQUIRED", { holders: "admin", action: "read-audit-log" });
}

/** The filter as a query: the dates are whole days where the organisations are (a "to" day runs to its midnight). */
export function auditWhere(filter: TAuditFilter): Prisma.AuditEventWhereInput {
  return {
    ...(filter.actorId ? { actorId: filter.actorId } : {}),
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.organisationId ? { organisationId: filter.organisationId } : {}),
    ...(filter.from || filter.to
      ? {
          createdAt: {
            ...(filter.from ? { gte: startOfCalendarDay(filter.from) } : {}),
            ...(filter.to ? { lte: endOfCalendarDay(filter.to) } : {}),
          },
        }
      : {}),
  };
}

/** One page (newest first, 200 a page) of the audit events matching the filter, in words: administrators only. */
export async function listAuditEvents(
  actor: TActor,
  filter: TAuditFilter = {},
  page = 1,
  locale: TLocale = "en-GB",
): Promise<{ events: TDescribedAuditEvent[]; total: number; page: number; pageCount: number }> {
  requireAdmin(actor);
  const where = auditWhere(filter);
  const total = await db.auditEvent.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const current = Math.min(page, pageCount);
  const events = await db.auditEvent.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (current - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
    select: EVENT,
  });
  return { events: await describeAuditEvents(events, locale), total, page: current, pageCount };
}

/**
 * Everyone who has done something on record, for the "Done by" filter, A to Z. An erased person is listed
 * by their account's id only, never by who they were.
 */
export async function listAuditActors(actor: TActor): Promise<{ id: string; label: string }[]> {
  requireAdmin(actor);
  const rows = await db.auditEvent.groupBy({ by: ["actorId"], where: { actorId: { not: null } } });
  const people = await db.user.findMany({
    where: { id: { in: rows.flatMap((r) => (r.actorId ? [r.actorId] : [])) } },
    select: { id: true, name: true, email: true },
  });
  return people
    .map((p) => ({
      id: p.id,
      label: p.email === erasedEmail(p.id) ? `Erased person (${p.id})` : `${p.name} (${p.email})`,
    }))
    .sort((a, b) => a.label.localeCompare(b.label, "en-GB"));
}

export { EVENT as AUDIT_EVENT_FIELDS, requireAdmin as requireAuditReader };
