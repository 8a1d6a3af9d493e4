import "server-only";
import { signInKeys } from "../auth/sign-in-attempts";
import type { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "../audit/record";
import type { TActor } from "../auth/current-user";
import { db } from "../db/client";
import { failure, type TResult } from "../errors";
import { rowOfSettings } from "../reading/columns";
import { DEFAULT_READING_SETTINGS } from "../reading/settings";
import { lockLearner } from "../db/lock";
import { refreshEnrolment } from "../enrolments/refresh";
import type { TPlannedRow } from "../imports/plan";

export const ERASED_NAME = "Erased person";
export const ERASED_REASON = "Holder's personal data erased";
const ERASED_DOMAIN = "erased.invalid";

export type TEraseResult = TResult;

/** The address an erased person's account is left with: unique, and undeliverable by definition (RFC 2606). */
export function erasedEmail(userId: string): string {
  return `erased-${userId}@${ERASED_DOMAIN}`;
}

/**
 * Erases a person at their request (the right to erasure), administrators only and never themselves.
 * In one transaction: their certificates are revoked; their name, email and password are removed from
 * their account, certificates, invitations, the emails about them and the audit details that named
 * them; their groups and reset links go. What they did stays, anonymous, so the organisation's counts
 * (attempts, completions, certificates, enrolments) do not change. The audit event records the reason,
 * not who they were.
 */
export async function erasePerson(
  actor: TActor,
  userId: string,
  reason: string,
  now = new Date(),
): Promise<TEraseResult> {
  if (actor.role !== "ADMIN") return failure("ROLE_REQUIRED", { holders: "admin", action: "erase-people" });
  if (userId === actor.id) return failure("CANNOT_ERASE_SELF");
  const trimmed = reason.trim();
  if (trimmed.length < 5 || trimmed.length > 500) return failure("ERASE_REASON_LENGTH");

  return db.$transaction(async (tx) => {
    await lockLearner(tx, userId);
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: { id: true, name: true, email: true, organisationId: true },
    });
    if (!user) return failure("PERSON_NOT_FOUND");
    const anonymousEmail = erasedEmail(userId);
    if (user.email === anonymousEmail) return failure("ALREADY_ERASED");
    const scrub = scrubber(user.email, user.name, anonymousEmail);

    // Certificates: revoked (so no one can rely on them), and the holder's name removed from every one. A reason
    // given when one was revoked earlier is free text that may name them: it loses the name too.
    const certificates = await tx.certificate.findMany({
      where: { userId },
      select: { id: true, number: true, revokedReason: true },
    });
    for (const c of certificates)
      if (c.revokedReason && scrub(c.revokedReason) !== c.revokedReason)
        await tx.certificate.update({ where: { id: c.id }, data: { revokedReason: scrub(c.revokedReason) } });
    const revoked = await tx.certificate.updateMany({
      where: { userId, revokedAt: null },
      data: { revokedAt: now, revokedReason: ERASED_REASON, revokedById: actor.id },
    });
    await tx.certificate.updateMany({ where: { userId }, data: { learnerName: ERASED_NAME } });

    await tx.user.update({
      where: { id: userId },
      data: {
        name: ERASED_NAME,
        searchName: ERASED_NAME.toLowerCase(),
        email: anonymousEmail,
        passwordHash: null,
        active: false,
        lastSignInAt: null,
        sessionVersion: { increment: 1 },
        totpSecret: null,
        totpPendingSecret: null,
        totpEnabledAt: null,
        totpLastStep: null,
        // Reading settings can hint at a disability: back to the defaults, as for someone who never chose.
        ...rowOfSettings(DEFAULT_READING_SETTINGS),
      },
    });
    await tx.groupMembership.deleteMany({ where: { userId } });
    await tx.trainerGroup.deleteMany({ where: { trainerId: userId } });
    await tx.passwordReset.deleteMany({ where: { userId } });
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await tx.signInEvent.deleteMany({ where: { userId } });
    // No provider account may sign in as the erased person again.
    await tx.externalIdentity.deleteMany({ where: { userId } });

    // Invitations to their old address: pending ones go; accepted ones stay, anonymised, as a count.
    const invitations = await tx.invitation.findMany({
      where: { email: user.email },
      select: { id: true, acceptedAt: true },
    });
    await tx.invitation.deleteMany({ where: { email: user.email, acceptedAt: null } });
    // Failed sign-ins are keyed by a hash of the email: with the email gone, so are they.
    await tx.signInAttempt.deleteMany({ where: { emailKey: signInKeys(user.email, "").emailKey } });
    await tx.invitation.updateMany({
      where: { email: user.email, acceptedAt: { not: null } },
      data: { email: anonymousEmail, name: ERASED_NAME },
    });

    // Emails to them are kept as a record that they were sent, without address or text (which named
    // them and held links, sealed or not). Emails to others that named them (trainers' digests) lose the name and address.
    await tx.emailMessage.updateMany({
      where: { OR: [{ toUserId: userId }, { toEmail: user.email }] },
      data: { toEmail: anonymousEmail, text: "[erased]", sealedText: null },
    });
    const mentions = await tx.emailMessage.findMany({
      where: { text: { contains: user.email } },
      select: { id: true, subject: true, text: true },
    });
    for (const m of mentions)
      await tx.emailMessage.update({ where: { id: m.id }, data: { subject: scrub(m.subject), text: scrub(m.text) } });

    // Audit details that named them (their account's, their invitations' and their certificates' events) keep what
    // happened, not who.
    const events = await tx.auditEvent.findMany({
      where: {
        OR: [
          { targetType: "user", targetId: userId },
          { targetType: "invitation", targetId: { in: invitations.map((i) => i.id) } },
          { targetType: "certificate", targetId: { in: certificates.map((c) => c.number) } },
        ],
      },
      select: { id: true, details: true },
    });
    for (const e of events) {
      const details = scrubJson(e.details, scrub);
      if (JSON.stringify(details) !== JSON.stringify(e.details))
        await tx.auditEvent.update({ where: { id: e.id }, data: { details: details as Prisma.InputJsonValue } });
    }

    // Previewed CSV imports keep a copy of each row: any organisation's, as a trainer elsewhere may have listed their address.
    const batches = await tx.importBatch.findMany({ select: { id: true, rows: true } });
    for (const b of batches) {
      const rows = Array.isArray(b.rows) ? (b.rows as TPlannedRow[]) : [];
      if (!rows.some((r) => r?.email === user.email || r?.userId === userId)) continue;
      const cleaned = rows.map((r) =>
        r?.email === user.email || r?.userId === userId ? { ...r, name: ERASED_NAME, email: anonymousEmail } : r,
      );
      await tx.importBatch.update({ where: { id: b.id }, data: { rows: cleaned as unknown as Prisma.InputJsonValue } });
    }

    // The dashboard's summary rows follow the revocations.
    const enrolments = await tx.enrolment.findMany({ where: { userId }, select: { courseId: true } });
    for (const e of enrolments) await refreshEnrolment(tx, userId, e.courseId, now);

    await recordAudit(tx, actor, {
      action: "user.erase",
      organisationId: user.organisationId,
      targetType: "user",
      targetId: userId,
      details: { reason: scrub(trimmed), certificatesRevoked: revoked.count },
    });
    return { ok: true as const };
  });
}

/**
 * Replaces the old address and full name wherever they appear in a piece of text, as whole words only
 * (erasing al@x.example leaves sal@x.example alone).
 */
function scrubber(oldEmail: string, oldName: string, newEmail: string): (text: string) => string {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const email = new RegExp(`(?<![\\p{L}\\p{N}._%+-])${escape(oldEmail)}(?![\\p{L}\\p{N}-]|\\.[\\p{L}\\p{N}])`, "giu");
  const name =
    oldName.trim().length >= 3
      ? new RegExp(`(?<![\\p{L}\\p{N}])${escape(oldName.trim())}(?![\\p{L}\\p{N}])`, "gu")
      : null;
  return (text) => {
    const out = text.replace(email, newEmail);
    return name ? out.replace(name, ERASED_NAME) : out;
  };
}

function scrubJson(value: unknown, scrub: (text: string) => string): unknown {
  if (typeof value === "string") return scrub(value);
  if (Array.isArray(value)) return value.map((v) => scrubJson(v, scrub));
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubJson(v, scrub)]));
  return value;
}
