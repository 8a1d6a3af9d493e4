import "server-only";
import type { TActor } from "../auth/current-user";
import { db } from "../db/client";
import { lockLearner } from "../db/lock";
import { visibleUsersWhere } from "../people/scope";
import { refreshEnrolment } from "../enrolments/refresh";
import { recordAudit } from "../audit/record";
import { normaliseCertificateNumber } from "./number";
import { certificateStatus, type TStatusResult } from "./status";
import { failure, type TResult } from "../errors";

const CERTIFICATE_FIELDS = {
  id: true,
  number: true,
  userId: true,
  courseId: true,
  courseTitle: true,
  courseVersion: true,
  learnerName: true,
  organisationName: true,
  issuedAt: true,
  completedAt: true,
  expiresAt: true,
  graceDays: true,
  scorePercent: true,
  cpdMinutes: true,
  revokedAt: true,
  revokedReason: true,
} as const;

type TCertificateRow = {
  id: string;
  userId: string;
  courseId: string;
  issuedAt: Date;
  expiresAt: Date;
  graceDays: number;
  revokedAt: Date | null;
};

/** Superseded: a newer certificate for the same person and course that has not been revoked. */
async function withStatus<T extends TCertificateRow>(
  row: T,
  now: Date,
): Promise<T & TStatusResult & { supersededOn: Date | null }> {
  const newer = await db.certificate.findFirst({
    where: { userId: row.userId, courseId: row.courseId, issuedAt: { gt: row.issuedAt }, revokedAt: null },
    orderBy: { issuedAt: "asc" },
    select: { issuedAt: true },
  });
  return { ...row, ...certificateStatus({ ...row, superseded: !!newer }, now), supersededOn: newer?.issuedAt ?? null };
}

/** The actor's own certificates, newest first, with their status now. */
export async function listOwnCertificates(actor: TActor, now = new Date()) {
  const rows = await db.certificate.findMany({
    where: { userId: actor.id },
    orderBy: { issuedAt: "desc" },
    select: CERTIFICATE_FIELDS,
  });
  return Promise.all(rows.map((r) => withStatus(r, now)));
}

/**
 * A certificate the actor may see in full: their own, one of the people a trainer may see (their
 * organisation, narrowed to their groups when they are limited to some), or any if they are an
 * administrator. Anything else is reported as not found.
 */
export async function getCertificateForViewer(actor: TActor, rawNumber: string, now = new Date()) {
  const row = await findCertificateForViewer(actor, rawNumber);
  return row ? withStatus(row, now) : null;
}

/**
 * getCertificateForViewer's certificate without its status (which takes one more query): for the PDF, which prints
 * what was issued and leaves the status to the verification page its QR code opens. The same scope decides.
 */
export async function findCertificateForViewer(actor: TActor, rawNumber: string) {
  const number = normaliseCertificateNumber(rawNumber);
  if (!number) return null;
  const scope =
    actor.role === "ADMIN"
      ? {}
      : actor.role === "TRAINER"
        ? { OR: [{ userId: actor.id }, { user: await visibleUsersWhere(actor, actor.organisationId) }] }
        : { userId: actor.id };
  return db.certificate.findFirst({ where: { number, ...scope }, select: CERTIFICATE_FIELDS });
}

/** How many certificates a search by name lists: enough for a name shared by a few people, over several years. */
export const NAME_SEARCH_LIMIT = 50;

/**
 * Certificates whose holder's name contains the words typed (any case), newest first, with their status now: for
 * administrators, who find a certificate by the person when nobody has its number to hand.
 */
export async function findCertificatesByName(actor: TActor, typed: string, now = new Date()) {
  if (actor.role !== "ADMIN") return [];
  const q = typed.trim().toLowerCase().replace(/\s+/g, " ");
  if (q.length < 2) return [];
  const rows = await db.certificate.findMany({
    where: { user: { searchName: { contains: q } } },
    orderBy: { issuedAt: "desc" },
    take: NAME_SEARCH_LIMIT,
    select: CERTIFICATE_FIELDS,
  });
  return Promise.all(rows.map((r) => withStatus(r, now)));
}

/**
 * What anyone with the number may know: status, name, the organisation that issued it (printed on the certificate the
 * checker holds), course, version and dates. Nothing else: no email, score or reason for a revocation.
 */
export async function verifyCertificate(rawNumber: string, now = new Date()) {
  const number = normaliseCertificateNumber(rawNumber);
  if (!number) return null;
  const row = await db.certificate.findUnique({ where: { number }, select: CERTIFICATE_FIELDS });
  if (!row) return null;
  const full = await withStatus(row, now);
  return {
    number: full.number,
    status: full.status,
    inGracePeriod: full.inGracePeriod,
    validUntil: full.validUntil,
    learnerName: full.learnerName,
    organisationName: full.organisationName,
    courseTitle: full.courseTitle,
    courseVersion: full.courseVersion,
    completedAt: full.completedAt,
    issuedAt: full.issuedAt,
    expiresAt: full.expiresAt,
    revokedAt: full.revokedAt,
    supersededOn: full.supersededOn,
  };
}

export type TRevokeResult = TResult;

/** Administrators only. Revocation is permanent and recorded with who did it, when and why. */
export async function revokeCertificate(actor: TActor, rawNumber: string, reason: string): Promise<TRevokeResult> {
  if (actor.role !== "ADMIN") return failure("ROLE_REQUIRED", { holders: "admin", action: "revoke-certificates" });
  const number = normaliseCertificateNumber(rawNumber);
  if (!number) return failure("NOT_A_CERTIFICATE_NUMBER");
  const revoked = await db.$transaction(async (tx) => {
    const target = await tx.certificate.findFirst({
      where: { number, revokedAt: null },
      select: { id: true, userId: true, courseId: true, user: { select: { organisationId: true } } },
    });
    if (!target) return false;
    await lockLearner(tx, target.userId);
    await tx.certificate.update({
      where: { id: target.id },
      data: { revokedAt: new Date(), revokedReason: reason, revokedById: actor.id },
    });
    await refreshEnrolment(tx, target.userId, target.courseId);
    await recordAudit(tx, actor, {
      action: "certificate.revoke",
      organisationId: target.user.organisationId,
      targetType: "certificate",
      targetId: number,
      details: { reason },
    });
    return true;
  });
  if (revoked) return { ok: true };
  const exists = await db.certificate.findUnique({ where: { number }, select: { revokedAt: true } });
  return failure(exists ? "CERTIFICATE_ALREADY_REVOKED" : "NO_CERTIFICATE_WITH_NUMBER");
}
