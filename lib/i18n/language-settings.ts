import "server-only";
import { recordAudit } from "../audit/record";
import type { TActor } from "../auth/current-user";
import { db } from "../db/client";
import { failure, type TResult } from "../errors";
import type { TLocale } from "./locales";

/**
 * A person's own interface language: everyone chooses for themselves only (the where is their own id). null goes
 * back to their organisation's default.
 */
export async function setOwnLanguage(actor: TActor, language: TLocale | null): Promise<void> {
  await db.user.update({ where: { id: actor.id }, data: { language }, select: { id: true } });
}

/** What the language section of the account page shows: the person's choice and their organisation's default. */
export async function getOwnLanguage(actor: TActor): Promise<{ personal: string | null; organisation: string }> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { language: true, organisation: { select: { defaultLanguage: true } } },
  });
  return { personal: user.language, organisation: user.organisation.defaultLanguage };
}

/**
 * The language of an organisation's people who have not chosen their own: administrators only, audited (a change
 * of every page, email and certificate its people receive).
 */
export async function setOrganisationLanguage(
  actor: TActor,
  organisationId: string,
  language: TLocale,
): Promise<TResult> {
  if (actor.role !== "ADMIN")
    return failure("ROLE_REQUIRED", { holders: "admin", action: "change-organisation-language" });
  return db.$transaction(async (tx) => {
    const before = await tx.organisation.findUnique({
      where: { id: organisationId },
      select: { defaultLanguage: true },
    });
    if (!before) return failure("THIS_ORGANISATION_GONE");
    await tx.organisation.update({ where: { id: organisationId }, data: { defaultLanguage: language } });
    await recordAudit(tx, actor, {
      action: "organisation.language",
      organisationId,
      targetType: "organisation",
      targetId: organisationId,
      details: { from: before.defaultLanguage, to: language },
    });
    return { ok: true };
  });
}
