import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "../db/client";

// Certificate numbers looked up per query: well under every database's limit on bound parameters.
const CHUNK = 500;

export type TCurrentCertificate = { name: string; email: string; version: string; completedAt: Date };

/**
 * Each person's current certificate (the one their enrolment names, still valid), with its content version: one
 * row a person. Counting certificates instead counted someone who renewed early twice, since the certificate
 * their renewal replaced has not expired yet (whether of the same content version or an older one).
 */
export async function findCurrentCertificates(
  where: Prisma.EnrolmentWhereInput,
  now: Date,
): Promise<TCurrentCertificate[]> {
  const enrolments = await db.enrolment.findMany({
    where: { AND: [where, { validUntil: { gt: now } }, { certificateNumber: { not: null } }] },
    select: { certificateNumber: true, user: { select: { name: true, email: true } } },
  });
  const numbers = enrolments.flatMap((e) => (e.certificateNumber ? [e.certificateNumber] : []));
  const found = new Map<string, { courseVersion: string; completedAt: Date }>();
  for (let i = 0; i < numbers.length; i += CHUNK) {
    const rows = await db.certificate.findMany({
      where: { number: { in: numbers.slice(i, i + CHUNK) }, revokedAt: null },
      select: { number: true, courseVersion: true, completedAt: true },
    });
    for (const r of rows) found.set(r.number, r);
  }
  return enrolments.flatMap((e) => {
    const c = e.certificateNumber ? found.get(e.certificateNumber) : undefined;
    return c ? [{ ...e.user, version: c.courseVersion, completedAt: c.completedAt }] : [];
  });
}

/** How many people hold a current certificate of each content version. */
export function countByVersion(certificates: TCurrentCertificate[]): { version: string; people: number }[] {
  const counts = new Map<string, number>();
  for (const c of certificates) counts.set(c.version, (counts.get(c.version) ?? 0) + 1);
  return [...counts].map(([version, people]) => ({ version, people }));
}
