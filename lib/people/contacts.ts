import "server-only";
import { cache } from "react";
import { recordAudit } from "../audit/record";
import type { TActor } from "../auth/current-user";
import { db } from "../db/client";
import { failure, messageFor, type TResult } from "../errors";
import { managedOrganisationId, trainerGroupIds } from "./scope";

export const CONTACT_KINDS = {
  DSL: "Designated safeguarding lead (DSL)",
  DEPUTY_DSL: "Deputy DSL",
  CHILDRENS_SERVICES: "Children's services front door",
  LADO: "Local authority designated officer (LADO)",
  OUT_OF_HOURS: "Out-of-hours (emergency duty team)",
  OTHER: "Other contact",
} as const;
export type TContactKind = keyof typeof CONTACT_KINDS;
export const MAX_CONTACTS = 10;
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
  return rows.map((r) => ({ ...r, kind: (Object.hasOwn(CONTACT_KINDS, r.kind) ? r.kind : "OTHER") as TContactKind }));
}

export const WHO_EDITS_CONTACTS = messageFor("CONTACTS_WHO_EDITS");

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

/** Replaces an organisation's contacts in one go. Administrators, and trainers of the whole organisation. */
export async function saveContacts(actor: TActor, organisationId: string, contacts: TContact[]): Promise<TResult> {
  if (actor.role === "LEARNER") return failure("ROLE_REQUIRED", { holders: "staff", action: "change-contacts" });
  const orgId = managedOrganisationId(actor, organisationId);
  if (!(await mayEditContacts(actor))) return failure("CONTACTS_READ_ONLY");
  await db.$transaction(async (tx) => {
    await tx.safeguardingContact.deleteMany({ where: { organisationId: orgId } });
    await tx.safeguardingContact.createMany({
      data: contacts.map((c, i) => ({ ...c, organisationId: orgId, sortOrder: i })),
    });
    await recordAudit(tx, actor, {
      action: "contacts.update",
      organisationId: orgId,
      targetType: "organisation",
      targetId: orgId,
      details: { count: contacts.length },
    });
  });
  return { ok: true };
}
