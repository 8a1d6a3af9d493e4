import "server-only";
import { cache } from "react";
import { recordAudit } from "../audit/record";
import type { TActor } from "../auth/current-user";
import { db } from "../db/client";
import { failure, type TResult } from "../errors";
import { isContactKind, type TContactKind } from "./contact-kinds";
import type { TContactsReview } from "./contacts-review";
import { managedOrganisationId, trainerGroupIds } from "./scope";

export { CONTACT_KINDS, MAX_CONTACTS, type TContactKind } from "./contact-kinds";
export type TContact = { kind: TContactKind; name: string; phone: string; email: string | null; notes: string | null };

/** The safeguarding contacts of the signed-in person's own organisation, in the order they were set. */
export const getOwnSafeguarding = cache(
  async (actor: TActor): Promise<{ organisationName: string; contacts: TContact[] }> => {
    const [organisation, contacts] = await Promise.all([
      db.organisation.findUnique({ where: { id: actor.organisationId }, select: { name: true } }),
      listContacts(actor.organisationId),
    ]);
    return { organisationName: organisation?.name ?? "Your organisation", contacts };
  },
);

async function listContacts(organisationId: string): Promise<TContact[]> {
  const rows = await db.safeguardingContact.findMany({
    where: { organisationId },
    orderBy: { sortOrder: "asc" },
    select: { kind: true, name: true, phone: true, email: true, notes: true },
  });
  return rows.map((r) => ({ ...r, kind: isContactKind(r.kind) ? r.kind : "OTHER" }));
}

/**
 * Whether the actor may change the contacts of an organisation they manage. The list is shown to
 * every learner in the organisation, so a trainer limited to some groups may read it but not change it.
 */
async function mayEditContacts(actor: TActor): Promise<boolean> {
  if (actor.role === "ADMIN") return true;
  return actor.role === "TRAINER" && (await trainerGroupIds(actor)) === null;
}

/** For the contacts page: an organisation's contacts, if the actor manages it, and whether they may change them. */
export async function listManagedContacts(
  actor: TActor,
  organisationId: string,
): Promise<{ contacts: TContact[]; editable: boolean }> {
  const orgId = managedOrganisationId(actor, organisationId);
  const [contacts, editable] = await Promise.all([listContacts(orgId), mayEditContacts(actor)]);
  return { contacts, editable };
}

/**
 * Replaces an organisation's contacts in one go. Administrators, and trainers of the whole organisation. Saving
 * them, changed or not, is a review: the organisation's contactsReviewedAt becomes `now`.
 */
export async function saveContacts(
  actor: TActor,
  organisationId: string,
  contacts: TContact[],
  now = new Date(),
): Promise<TResult> {
  if (actor.role === "LEARNER") return failure("ROLE_REQUIRED", { holders: "staff", action: "change-contacts" });
  const orgId = managedOrganisationId(actor, organisationId);
  if (!(await mayEditContacts(actor))) return failure("CONTACTS_READ_ONLY");
  if (!(await db.organisation.findUnique({ where: { id: orgId }, select: { id: true } })))
    return failure("THAT_ORGANISATION_GONE");
  await db.$transaction(async (tx) => {
    await tx.safeguardingContact.deleteMany({ where: { organisationId: orgId } });
    await tx.safeguardingContact.createMany({
      data: contacts.map((c, i) => ({ ...c, organisationId: orgId, sortOrder: i })),
    });
    await tx.organisation.updateMany({ where: { id: orgId }, data: { contactsReviewedAt: now } });
    await recordAudit(tx, actor, {
      action: "contacts.update",
      organisationId: orgId,
      targetType: "organisation",
      targetId: orgId,
      details: { count: contacts.length, reviewedAt: now.toISOString() },
    });
  });
  return { ok: true };
}

/** Confirms the contacts are still right without changing them. The same people may do it as may change them. */
export async function markContactsReviewed(actor: TActor, organisationId: string, now = new Date()): Promise<TResult> {
  if (actor.role === "LEARNER") return failure("ROLE_REQUIRED", { holders: "staff", action: "change-contacts" });
  const orgId = managedOrganisationId(actor, organisationId);
  if (!(await mayEditContacts(actor))) return failure("CONTACTS_READ_ONLY");
  if (!(await db.organisation.findUnique({ where: { id: orgId }, select: { id: true } })))
    return failure("THAT_ORGANISATION_GONE");
  await db.$transaction(async (tx) => {
    await tx.organisation.updateMany({ where: { id: orgId }, data: { contactsReviewedAt: now } });
    await recordAudit(tx, actor, {
      action: "contacts.review",
      organisationId: orgId,
      targetType: "organisation",
      targetId: orgId,
      details: { reviewedAt: now.toISOString() },
    });
  });
  return { ok: true };
}

/** When an organisation's contacts were last confirmed, and by whom (from the audit trail), if the actor manages it. */
export async function getContactsReview(actor: TActor, organisationId: string): Promise<TContactsReview> {
  const orgId = managedOrganisationId(actor, organisationId);
  const [organisation, latest] = await Promise.all([
    db.organisation.findUnique({ where: { id: orgId }, select: { contactsReviewedAt: true } }),
    db.auditEvent.findFirst({
      where: { organisationId: orgId, action: { in: ["contacts.update", "contacts.review"] } },
      orderBy: { createdAt: "desc" },
      select: { actorId: true },
    }),
  ]);
  const reviewedAt = organisation?.contactsReviewedAt ?? null;
  const by =
    reviewedAt && latest?.actorId
      ? await db.user.findUnique({ where: { id: latest.actorId }, select: { name: true } })
      : null;
  return { reviewedAt, reviewedBy: by?.name ?? null };
}
