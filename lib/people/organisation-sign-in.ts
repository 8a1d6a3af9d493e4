import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "../audit/record";
import type { TActor } from "../auth/current-user";
import { db } from "../db/client";
import { storeSsoProviders } from "../auth/sso/organisation-providers";
import { failure, type TResult } from "../errors";

/** A domain as people write it after the @: lower case letters, digits and hyphens, in dot-separated labels. */
export const DOMAIN_PATTERN = /^(?=.{3,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
/** A Microsoft Entra tenant (directory) id: a GUID. */
export const TENANT_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const adminOnly = (actor: TActor) =>
  actor.role === "ADMIN" ? null : failure("ROLE_REQUIRED", { holders: "admin", action: "change-sign-in-rules" });

/**
 * Confirms that an email domain belongs to this organisation, so that a first single sign-on with a verified
 * email in it joins the organisation. A domain already confirmed for another organisation is refused, naming it,
 * so the administrator sees the conflict. Administrators only, audited.
 */
export async function addOrganisationDomain(actor: TActor, organisationId: string, domain: string): Promise<TResult> {
  const denied = adminOnly(actor);
  if (denied) return denied;
  const normalised = domain.trim().toLowerCase();
  const claimed = await db.organisationDomain.findUnique({
    where: { domain: normalised },
    select: { organisation: { select: { name: true } } },
  });
  if (claimed) return failure("DOMAIN_TAKEN", { domain: normalised, organisation: claimed.organisation.name });
  try {
    return await db.$transaction(async (tx) => {
      const organisation = await tx.organisation.findUnique({ where: { id: organisationId }, select: { id: true } });
      if (!organisation) return failure("THIS_ORGANISATION_GONE");
      await tx.organisationDomain.create({ data: { domain: normalised, organisationId } });
      await recordAudit(tx, actor, {
        action: "organisation.domain-added",
        organisationId,
        targetType: "organisation",
        targetId: organisationId,
        details: { domain: normalised },
      });
      return { ok: true as const };
    });
  } catch (error) {
    // Another administrator confirmed it for some organisation in the same moment.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      return addOrganisationDomain(actor, organisationId, normalised);
    throw error;
  }
}

export async function removeOrganisationDomain(
  actor: TActor,
  organisationId: string,
  domainId: string,
): Promise<TResult> {
  const denied = adminOnly(actor);
  if (denied) return denied;
  return db.$transaction(async (tx) => {
    const removed = await tx.organisationDomain.findFirst({ where: { id: domainId, organisationId } });
    if (!removed) return failure("DOMAIN_NOT_FOUND");
    await tx.organisationDomain.delete({ where: { id: removed.id } });
    await recordAudit(tx, actor, {
      action: "organisation.domain-removed",
      organisationId,
      targetType: "organisation",
      targetId: organisationId,
      details: { domain: removed.domain },
    });
    return { ok: true as const };
  });
}

export type TSingleSignOnSettings = {
  /** The Entra tenant whose accounts may sign in here, or null for none. */
  entraTenantId: string | null;
  /** People (administrators excepted) must sign in through single sign-on, not with a password. */
  ssoRequired: boolean;
  /** People signing in through single sign-on must also give a code from our authenticator. */
  ssoNeedsSecondFactor: boolean;
  /** The providers whose accounts may join or sign in to this organisation (ids; unknown ones are dropped). */
  ssoProviders: readonly string[];
};

export async function setSingleSignOnSettings(
  actor: TActor,
  organisationId: string,
  settings: TSingleSignOnSettings,
): Promise<TResult> {
  const denied = adminOnly(actor);
  if (denied) return denied;
  // Requiring single sign-on with no provider accepted would leave its people no way in at all.
  if (settings.ssoRequired && !storeSsoProviders(settings.ssoProviders)) return failure("SSO_REQUIRED_NEEDS_PROVIDER");
  return db.$transaction(async (tx) => {
    const before = await tx.organisation.findUnique({
      where: { id: organisationId },
      select: { entraTenantId: true, ssoRequired: true, ssoNeedsSecondFactor: true, ssoProviders: true },
    });
    if (!before) return failure("THIS_ORGANISATION_GONE");
    const after = {
      entraTenantId: settings.entraTenantId?.toLowerCase() ?? null,
      ssoRequired: settings.ssoRequired,
      ssoNeedsSecondFactor: settings.ssoNeedsSecondFactor,
      ssoProviders: storeSsoProviders(settings.ssoProviders),
    };
    await tx.organisation.update({ where: { id: organisationId }, data: after });
    await recordAudit(tx, actor, {
      action: "organisation.single-sign-on",
      organisationId,
      targetType: "organisation",
      targetId: organisationId,
      details: { from: before, to: after },
    });
    return { ok: true as const };
  });
}
