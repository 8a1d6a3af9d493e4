import "server-only";
import type { TActor } from "../auth/current-user";
import { db } from "../db/client";
import { AppError } from "../errors";

/** The latest audit events with who did them: administrators only. */
export async function listAuditEvents(actor: TActor, filter: { organisationId?: string; take?: number } = {}) {
  if (actor.role !== "ADMIN") throw new AppError("ROLE_REQUIRED", { holders: "admin", action: "read-audit-log" });
  const events = await db.auditEvent.findMany({
    where: filter.organisationId ? { organisationId: filter.organisationId } : {},
    orderBy: { createdAt: "desc" },
    take: filter.take ?? 200,
  });
  const actorIds = [...new Set(events.flatMap((e) => (e.actorId ? [e.actorId] : [])))];
  const actors = await db.user.findMany({
    where: { id: { in: actorIds } },
    select: { id: true, name: true, email: true },
  });
  const byId = new Map(actors.map((a) => [a.id, a]));
  return events.map((e) => ({ ...e, actor: e.actorId ? (byId.get(e.actorId) ?? null) : null }));
}
