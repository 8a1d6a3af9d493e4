import "server-only";
import { recordAudit } from "../audit/record";
import type { TActor } from "../auth/current-user";
import type { TCourse } from "../course";
import { db } from "../db/client";
import { managedOrganisationId, visibleUsersWhere } from "../people/scope";

/** The most people one PDF may hold: a printable batch, and a bound on the work one request can ask for. */
export const MAX_BULK_CERTIFICATES = 1000;

/** The latest unrevoked certificate of each chosen person the actor may see, in name order. */
export async function getCertificatesForPeople(
  actor: TActor,
  course: TCourse,
  userIds: string[],
  organisationId?: string,
) {
  const users = await visibleUsersWhere(actor, organisationId ?? actor.organisationId);
  const rows = await db.certificate.findMany({
    where: {
      courseId: course.id,
      revokedAt: null,
      userId: { in: userIds.slice(0, MAX_BULK_CERTIFICATES) },
      user: users,
    },
    orderBy: [{ learnerName: "asc" }, { issuedAt: "desc" }],
    select: {
      userId: true,
      number: true,
      learnerName: true,
      organisationName: true,
      courseTitle: true,
      courseVersion: true,
      completedAt: true,
      expiresAt: true,
      cpdMinutes: true,
      scorePercent: true,
    },
  });
  const seen = new Set<string>();
  return rows.filter((r) => (seen.has(r.userId) ? false : (seen.add(r.userId), true)));
}

/**
 * The certificates for one bulk PDF, with the export recorded in the audit log under the organisation they
 * were read from (an administrator's own organisation only when they asked for no other). Nothing found,
 * nothing recorded. Throws an AppError (ORGANISATION_NOT_MANAGED) for an organisation the actor may not manage.
 */
export async function exportCertificatesForPeople(
  actor: TActor,
  course: TCourse,
  userIds: string[],
  organisationId?: string,
) {
  const orgId = managedOrganisationId(actor, organisationId);
  const certificates = await getCertificatesForPeople(actor, course, userIds, orgId);
  if (certificates.length)
    await recordAudit(db, actor, {
      action: "export.certificates-pdf",
      organisationId: orgId,
      targetType: "certificates",
      details: { count: certificates.length },
    });
  return certificates;
}
