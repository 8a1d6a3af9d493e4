import "server-only";
import { recordAudit } from "../../audit/record";
import { db } from "../../db/client";
import { queueEmail } from "../../email/send";
import { secondFactorChangedEmail } from "../../email/messages";
import { getAuthSecret } from "../../env";
import { failure, type TResult } from "../../errors";
import type { TActor } from "../current-user";
import { endSessions } from "../end-sessions";
import { keyedHash } from "../keyed-hash";
import { secondFactorRequired } from "./policy";
import { newRecoveryCodes, normaliseRecoveryCode } from "./recovery-codes";
import { openSecret, sealSecret } from "./secret-box";
import { acceptedStep, newTotpSecret } from "./totp";
import { beginCodeAttempt, finishCodeAttempt } from "./attempts";
import type { TErrorCode } from "../../errors";
import type { Prisma } from "@/generated/prisma/client";

export function recoveryCodeHash(userId: string, code: string): string {
  return keyedHash("recovery-code", `${userId}:${normaliseRecoveryCode(code)}`);
}

async function replaceRecoveryCodes(tx: Prisma.TransactionClient, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({
    data: codes.map((code) => ({ userId, codeHash: recoveryCodeHash(userId, code) })),
  });
  return codes;
}

/**
 * The secret being set up, made on first asking and kept until it is confirmed, so the QR code does not change
 * between showing it and the person typing a code. Null when an authenticator is already set up.
 */
export async function pendingSecretFor(userId: string): Promise<string | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { totpEnabledAt: true, totpPendingSecret: true },
  });
  if (!user || user.totpEnabledAt) return null;
  const stored = user.totpPendingSecret && openSecret(user.totpPendingSecret, getAuthSecret());
  if (stored) return stored;
  // Two tabs asking at once keep the one written first.
  await db.user.updateMany({
    where: { id: userId, totpEnabledAt: null, totpPendingSecret: user.totpPendingSecret },
    data: { totpPendingSecret: sealSecret(newTotpSecret(), getAuthSecret()) },
  });
  const again = await db.user.findUnique({ where: { id: userId }, select: { totpPendingSecret: true } });
  return again?.totpPendingSecret ? openSecret(again.totpPendingSecret, getAuthSecret()) : null;
}

/**
 * Turns the authenticator on once the person has typed a code from it, and makes their ten recovery codes (the
 * only time they are shown). The person is emailed, so that someone else turning it on does not go unnoticed.
 */
export async function confirmSetup(
  actor: TActor,
  code: string,
  address: string,
  baseUrl: string,
  now = new Date(),
): Promise<TResult<{ recoveryCodes: string[] }>> {
  const attempt = await beginCodeAttempt(actor.id, address, now);
  if (attempt.limited) return failure("SECOND_FACTOR_RATE_LIMITED");
  // Every attempt checked is finished, right or wrong, so that it counts for its address too.
  const refuse = async (code: TErrorCode) => {
    await finishCodeAttempt(attempt, false);
    return failure(code);
  };
  const user = await db.user.findUnique({
    where: { id: actor.id },
    select: { totpEnabledAt: true, totpPendingSecret: true },
  });
  if (!user) return refuse("PERSON_NOT_FOUND");
  if (user.totpEnabledAt) return refuse("SECOND_FACTOR_ALREADY_ON");
  const secret = user.totpPendingSecret && openSecret(user.totpPendingSecret, getAuthSecret());
  if (!secret) return refuse("SECOND_FACTOR_SETUP_EXPIRED");
  const step = acceptedStep(secret, code, now.getTime(), null);
  if (step === null) return refuse("SECOND_FACTOR_WRONG_CODE");
  await finishCodeAttempt(attempt, true);
  const recoveryCodes = await db.$transaction(async (tx) => {
    const turnedOn = await tx.user.updateMany({
      where: { id: actor.id, totpEnabledAt: null, totpPendingSecret: user.totpPendingSecret },
      data: { totpSecret: user.totpPendingSecret, totpPendingSecret: null, totpEnabledAt: now, totpLastStep: step },
    });
    if (turnedOn.count !== 1) return null;
    const codes = await replaceRecoveryCodes(tx, actor.id);
    await recordAudit(tx, actor, {
      action: "second-factor.added",
      organisationId: actor.organisationId,
      targetType: "user",
      targetId: actor.id,
    });
    await queueEmail(tx, {
      to: actor.email,
      toUserId: actor.id,
      organisationId: actor.organisationId,
      kind: "second-factor-changed",
      write: (w) => secondFactorChangedEmail(w, { name: actor.name, change: "added", baseUrl }),
    });
    return codes;
  });
  return recoveryCodes ? { ok: true, recoveryCodes } : failure("SECOND_FACTOR_ALREADY_ON");
}

/** Ten new recovery codes in place of the old ones (all of which stop working). */
export async function renewRecoveryCodes(
  actor: TActor,
  baseUrl: string,
): Promise<TResult<{ recoveryCodes: string[] }>> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: actor.id }, select: { totpEnabledAt: true } });
    if (!user?.totpEnabledAt) return failure("SECOND_FACTOR_NOT_ON");
    const recoveryCodes = await replaceRecoveryCodes(tx, actor.id);
    await recordAudit(tx, actor, {
      action: "second-factor.recovery-codes-renewed",
      organisationId: actor.organisationId,
      targetType: "user",
      targetId: actor.id,
    });
    await queueEmail(tx, {
      to: actor.email,
      toUserId: actor.id,
      organisationId: actor.organisationId,
      kind: "second-factor-changed",
      write: (w) => secondFactorChangedEmail(w, { name: actor.name, change: "new-recovery-codes", baseUrl }),
    });
    return { ok: true as const, recoveryCodes };
  });
}

async function clearSecondFactor(tx: Prisma.TransactionClient, userId: string): Promise<boolean> {
  const cleared = await tx.user.updateMany({
    where: { id: userId, totpEnabledAt: { not: null } },
    data: { totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null },
  });
  await tx.recoveryCode.deleteMany({ where: { userId } });
  return cleared.count === 1;
}

/** A person turns off their own authenticator: only when their role does not require one. */
export async function turnOffOwnSecondFactor(actor: TActor, baseUrl: string): Promise<TResult> {
  return db.$transaction(async (tx) => {
    const organisation = await tx.organisation.findUnique({
      where: { id: actor.organisationId },
      select: { trainersNeedSecondFactor: true },
    });
    if (secondFactorRequired(actor.role, organisation?.trainersNeedSecondFactor ?? true))
      return failure("SECOND_FACTOR_REQUIRED");
    if (!(await clearSecondFactor(tx, actor.id))) return failure("SECOND_FACTOR_NOT_ON");
    await recordAudit(tx, actor, {
      action: "second-factor.removed",
      organisationId: actor.organisationId,
      targetType: "user",
      targetId: actor.id,
    });
    await queueEmail(tx, {
      to: actor.email,
      toUserId: actor.id,
      organisationId: actor.organisationId,
      kind: "second-factor-changed",
      write: (w) => secondFactorChangedEmail(w, { name: actor.name, change: "removed", baseUrl }),
    });
    return { ok: true as const };
  });
}

/**
 * An administrator resets another person's two-step verification (a lost phone and no recovery codes): the
 * authenticator and recovery codes are removed and the person's sessions end, so the next sign-in sets it up
 * again. Audited, and the person is emailed.
 */
export async function resetSecondFactorFor(actor: TActor, userId: string, baseUrl: string): Promise<TResult> {
  if (actor.role !== "ADMIN") return failure("ROLE_REQUIRED", { holders: "admin", action: "reset-second-factor" });
  if (userId === actor.id) return failure("CANNOT_RESET_OWN_SECOND_FACTOR");
  return db.$transaction(async (tx) => {
    const person = await tx.user.findUnique({
      where: { id: userId },
      select: { email: true, name: true, organisationId: true },
    });
    if (!person) return failure("PERSON_NOT_FOUND");
    if (!(await clearSecondFactor(tx, userId))) return failure("SECOND_FACTOR_NOT_ON");
    await endSessions(tx, userId);
    await recordAudit(tx, actor, {
      action: "second-factor.reset",
      organisationId: person.organisationId,
      targetType: "user",
      targetId: userId,
      details: { email: person.email },
    });
    await queueEmail(tx, {
      to: person.email,
      toUserId: userId,
      organisationId: person.organisationId,
      kind: "second-factor-changed",
      write: (w) => secondFactorChangedEmail(w, { name: person.name, change: "reset-by-admin", baseUrl }),
    });
    return { ok: true as const };
  });
}
