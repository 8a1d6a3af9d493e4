import "server-only";
import { db } from "../db/client";
import { ERASED_NAME, erasedEmail } from "../privacy/erase";
import type { TLocale } from "../i18n/locales";
import { describeAuditEvent, type TAuditDetail, type TAuditEventFacts, type TAuditLookups } from "./describe";

export type TStoredAuditEvent = TAuditEventFacts & { id: string; createdAt: Date };
export type TDescribedAuditEvent = TStoredAuditEvent & {
  summary: string;
  details: TAuditDetail[];
  /** Who did it, as they are on record now (erased people stay unnamed). */
  actor: { name: string; email: string | null; erased: boolean } | null;
  organisationName: string | null;
};

const ids = (values: Iterable<unknown>) => [
  ...new Set([...values].filter((v): v is string => typeof v === "string" && v.length > 0)),
];
const record = (v: unknown): Record<string, unknown> =>
  v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/**
 * A page of audit events in words: every name they need read in one query per kind of record (people,
 * organisations, groups, certificates, invitations, emails), whatever the number of events.
 */
export async function describeAuditEvents(
  events: TStoredAuditEvent[],
  locale: TLocale = "en-GB",
): Promise<TDescribedAuditEvent[]> {
  const details = events.map((e) => record(e.details));
  const targets = (type: string) => events.filter((e) => e.targetType === type).map((e) => e.targetId);

  const emailRows = await db.emailMessage.findMany({
    where: { id: { in: ids(targets("email")) } },
    select: { id: true, kind: true, toUserId: true, toEmail: true },
  });
  const userIds = ids([
    ...events.map((e) => e.actorId),
    ...targets("user"),
    ...details.map((d) => d.actorId),
    ...emailRows.map((m) => m.toUserId),
  ]);
  const groupIds = ids([
    ...targets("group"),
    ...details.flatMap((d) => [
      d.groupId,
      d.group,
      ...(Array.isArray(d.memberOf) ? d.memberOf : []),
      ...(Array.isArray(d.trainerOf) ? d.trainerOf : []),
    ]),
  ]);
  const organisationIds = ids([
    ...events.map((e) => e.organisationId),
    ...targets("organisation"),
    ...details.map((d) => d.organisationId),
  ]);
  const [users, organisations, groups, certificates, invitations] = await Promise.all([
    db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true, email: true } }),
    db.organisation.findMany({ where: { id: { in: organisationIds } }, select: { id: true, name: true } }),
    db.group.findMany({ where: { id: { in: groupIds } }, select: { id: true, name: true } }),
    db.certificate.findMany({
      where: { number: { in: ids(targets("certificate")) } },
      select: { number: true, learnerName: true, userId: true },
    }),
    db.invitation.findMany({
      where: { id: { in: ids(targets("invitation")) } },
      select: { id: true, name: true, email: true },
    }),
  ]);

  const people = new Map(
    users.map((u) => [u.id, { name: u.name, email: u.email, erased: u.email === erasedEmail(u.id) }]),
  );
  const lookups: TAuditLookups = {
    people,
    organisations: new Map(organisations.map((o) => [o.id, o.name])),
    groups: new Map(groups.map((g) => [g.id, g.name])),
    certificates: new Map(
      certificates.map((c) => [c.number, { name: c.learnerName, erased: c.learnerName === ERASED_NAME }]),
    ),
    invitations: new Map(
      invitations.map((i) => [i.id, { name: i.name, email: i.email, erased: i.name === ERASED_NAME }]),
    ),
    emails: new Map(emailRows.map((m) => [m.id, { kind: m.kind, toUserId: m.toUserId, toEmail: m.toEmail }])),
  };

  return events.map((e) => {
    const actor = e.actorId ? people.get(e.actorId) : undefined;
    return {
      ...e,
      ...describeAuditEvent(e, lookups, locale),
      actor: actor
        ? {
            name: actor.erased ? "Erased person" : actor.name,
            email: actor.erased ? null : actor.email,
            erased: actor.erased,
          }
        : null,
      organisationName: e.organisationId ? (lookups.organisations.get(e.organisationId) ?? null) : null,
    };
  });
}
