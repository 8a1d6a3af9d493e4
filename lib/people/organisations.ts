import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "../audit/record";
import type { TActor } from "../auth/current-user";
import { db } from "../db/client";
import { AppError, failure, type TResult } from "../errors";
import { managedOrganisationId, trainerGroupIds } from "./scope";

function slugify(name: string): string {
  return (
    name
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^\w\s-]/g, "")
      .trim()
      .replace(/[\s_-]+/g, "-")
      .slice(0, 60) || "organisation"
  );
}

/** All organisations with head counts: administrators only. */
export async function listOrganisations(actor: TActor) {
  if (actor.role !== "ADMIN") throw new AppError("ROLE_REQUIRED", { holders: "admin", action: "list-organisations" });
  return db.organisation.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, _count: { select: { users: true, groups: true } } },
  });
}

export async function createOrganisation(actor: TActor, name: string): Promise<TResult<{ id: string }>> {
  if (actor.role !== "ADMIN") return failure("ROLE_REQUIRED", { holders: "admin", action: "create-organisations" });
  const base = slugify(name);
  for (let i = 0; i < 20; i++) {
    try {
      const org = await db.$transaction(async (tx) => {
        const created = await tx.organisation.create({
          data: { name: name.trim(), slug: i ? `${base}-${i + 1}` : base },
          select: { id: true },
        });
        await recordAudit(tx, actor, {
          action: "organisation.create",
          organisationId: created.id,
          targetType: "organisation",
          targetId: created.id,
          details: { name },
        });
        return created;
      });
      return { ok: true, id: org.id };
    } catch (error) {
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    }
  }
  return failure("ORGANISATION_SLUG_TAKEN");
}

/** An organisation the actor manages, with its groups; null when it is not theirs to see. */
export async function getManagedOrganisation(actor: TActor, organisationId: string) {
  try {
    managedOrganisationId(actor, organisationId);
  } catch {
    return null;
  }
  return db.organisation.findUnique({
    where: { id: organisationId },
    select: {
      id: true,
      name: true,
      quizRetakeWaitMinutes: true,
      trainersNeedSecondFactor: true,
      entraTenantId: true,
      ssoRequired: true,
      ssoNeedsSecondFactor: true,
      ssoProviders: true,
      defaultLanguage: true,
      domains: { orderBy: { domain: "asc" }, select: { id: true, domain: true } },
      groups: { orderBy: { name: "asc" }, select: { id: true, name: true, _count: { select: { memberships: true } } } },
    },
  });
}

/**
 * Just the name of an organisation the actor manages (null when it is not theirs to see), for pages that need no
 * more: getManagedOrganisation also counts every group's members, ~20 ms at 5,000 people.
 */
export async function getManagedOrganisationName(actor: TActor, organisationId: string) {
  try {
    managedOrganisationId(actor, organisationId);
  } catch {
    return null;
  }
  return db.organisation.findUnique({ where: { id: organisationId }, select: { id: true, name: true } });
}

/** The longest wait an organisation can set between a failed quiz attempt and the next: one week. */
export const MAX_QUIZ_RETAKE_WAIT_MINUTES = 7 * 24 * 60;

/** How long this organisation's learners wait after a failed quiz before trying again: administrators only, audited. */
export async function setQuizRetakeWait(actor: TActor, organisationId: string, minutes: number): Promise<TResult> {
  if (actor.role !== "ADMIN") return failure("ROLE_REQUIRED", { holders: "admin", action: "change-quiz-settings" });
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > MAX_QUIZ_RETAKE_WAIT_MINUTES)
    return failure("RETAKE_WAIT_OUT_OF_RANGE", { max: MAX_QUIZ_RETAKE_WAIT_MINUTES });
  return db.$transaction(async (tx) => {
    const before = await tx.organisation.findUnique({
      where: { id: organisationId },
      select: { quizRetakeWaitMinutes: true },
    });
    if (!before) return failure("THIS_ORGANISATION_GONE");
    await tx.organisation.update({ where: { id: organisationId }, data: { quizRetakeWaitMinutes: minutes } });
    await recordAudit(tx, actor, {
      action: "organisation.quiz-retake-wait",
      organisationId,
      targetType: "organisation",
      targetId: organisationId,
      details: { from: before.quizRetakeWaitMinutes, to: minutes },
    });
    return { ok: true };
  });
}

export async function createGroup(actor: TActor, organisationId: string, name: string): Promise<TResult> {
  if (actor.role !== "ADMIN") return failure("ROLE_REQUIRED", { holders: "admin", action: "create-groups" });
  if (!(await db.organisation.findUnique({ where: { id: organisationId }, select: { id: true } })))
    return failure("THAT_ORGANISATION_GONE");
  try {
    await db.$transaction(async (tx) => {
      const group = await tx.group.create({ data: { organisationId, name: name.trim() }, select: { id: true } });
      await recordAudit(tx, actor, {
        action: "group.create",
        organisationId,
        targetType: "group",
        targetId: group.id,
        details: { name },
      });
    });
    return { ok: true };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      return failure("GROUP_NAME_TAKEN", { name: name.trim() });
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2003")
      return failure("THAT_ORGANISATION_GONE");
    throw error;
  }
}

/** Removes a group; its members stay in the organisation with all their records. */
export async function deleteGroup(actor: TActor, groupId: string): Promise<TResult> {
  if (actor.role !== "ADMIN") return failure("ROLE_REQUIRED", { holders: "admin", action: "delete-groups" });
  return db.$transaction(async (tx) => {
    const group = await tx.group.findUnique({ where: { id: groupId }, select: { organisationId: true, name: true } });
    if (!group) return failure("GROUP_NOT_FOUND");
    await tx.group.delete({ where: { id: groupId } });
    await recordAudit(tx, actor, {
      action: "group.delete",
      organisationId: group.organisationId,
      targetType: "group",
      targetId: groupId,
      details: { name: group.name },
    });
    return { ok: true as const };
  });
}

/** Groups of an organisation the actor may assign people to (a trainer limited to groups sees only those). */
export async function listAssignableGroups(actor: TActor, organisationId: string) {
  const orgId = managedOrganisationId(actor, organisationId);
  const limit = await trainerGroupIds(actor);
  return db.group.findMany({
    where: { organisationId: orgId, ...(limit ? { id: { in: limit } } : {}) },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

/**
 * The organisation a trainer-area page is about: the one named in `?org=` (administrators may name
 * any; trainers only their own) or else the actor's own. Null when it is not theirs to manage.
 */
export function getRequestedOrganisation(actor: TActor, requested: unknown) {
  return getManagedOrganisation(actor, typeof requested === "string" && requested ? requested : actor.organisationId);
}

/**
 * Whether this organisation's trainers must use two-step verification (on by default; administrators always
 * must). Administrators only, audited. Turning it on sends trainers without an authenticator to set one up at
 * their next request; turning it off leaves the authenticators already set up in place.
 */
export async function setTrainersNeedSecondFactor(
  actor: TActor,
  organisationId: string,
  required: boolean,
): Promise<TResult> {
  if (actor.role !== "ADMIN") return failure("ROLE_REQUIRED", { holders: "admin", action: "change-sign-in-rules" });
  return db.$transaction(async (tx) => {
    const before = await tx.organisation.findUnique({
      where: { id: organisationId },
      select: { trainersNeedSecondFactor: true },
    });
    if (!before) return failure("THIS_ORGANISATION_GONE");
    await tx.organisation.update({ where: { id: organisationId }, data: { trainersNeedSecondFactor: required } });
    await recordAudit(tx, actor, {
      action: "organisation.trainers-second-factor",
      organisationId,
      targetType: "organisation",
      targetId: organisationId,
      details: { from: before.trainersNeedSecondFactor, to: required },
    });
    return { ok: true };
  });
}
