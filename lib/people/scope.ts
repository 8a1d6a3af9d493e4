import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { TActor } from "../auth/current-user";
import { db } from "../db/client";
import { AppError } from "../errors";

/**
 * The organisation an actor may manage: an administrator any (the one asked for, else their own),
 * a trainer only their own. Learners manage none.
 */
export function managedOrganisationId(actor: TActor, requested?: string | null): string {
  if (actor.role === "ADMIN") return requested || actor.organisationId;
  if (actor.role === "TRAINER" && (!requested || requested === actor.organisationId)) return actor.organisationId;
  throw new AppError("ORGANISATION_NOT_MANAGED");
}

/** The groups a trainer is limited to, or null when they see their whole organisation. */
export async function trainerGroupIds(actor: TActor): Promise<string[] | null> {
  if (actor.role !== "TRAINER") return null;
  const rows = await db.trainerGroup.findMany({ where: { trainerId: actor.id }, select: { groupId: true } });
  return rows.length ? rows.map((r) => r.groupId) : null;
}

/**
 * A filter on users for the people an actor may see and manage in an organisation. Administrators:
 * everyone in it. Trainers: its learners only (within their groups when they are limited to some);
 * other trainers' and administrators' records are for administrators. A trainer's own training is
 * theirs through the learner area, not through this filter. Every trainer-facing reader and writer
 * of people (dashboard, learner record, export, evidence, bulk certificates, import) goes through it.
 */
export async function visibleUsersWhere(actor: TActor, organisationId: string): Promise<Prisma.UserWhereInput> {
  const orgId = managedOrganisationId(actor, organisationId);
  if (actor.role === "ADMIN") return { organisationId: orgId };
  const groups = await trainerGroupIds(actor);
  return {
    organisationId: orgId,
    role: "LEARNER",
    ...(groups ? { memberships: { some: { groupId: { in: groups } } } } : {}),
  };
}
