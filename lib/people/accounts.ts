import "server-only";
import { recordAudit } from "../audit/record";
import type { TActor } from "../auth/current-user";
import { endSessions } from "../auth/end-sessions";
import { keyedHash } from "../auth/keyed-hash";
import { hashPassword } from "../auth/password";
import { clearAccountFailures } from "../auth/sign-in-attempts";
import type { TRole } from "../auth/roles";
import { takeThrottle } from "../auth/throttle";
import { db } from "../db/client";
import { deliverEmails, queueEmail } from "../email/send";
import { failure, type TFailure, type TResult } from "../errors";
import { voidInvitationsFrom } from "./pending-invitations";
import { normalisePersonName } from "./person-name";
import { createLinkToken, hashLinkToken, isWellFormedLinkToken } from "./tokens";

const RESET_MINUTES = 60;

/** Reset requests per network address, and reset emails per account, in their windows. */
export const RESET_LIMITS = {
  perAddress: { max: 10, windowMinutes: 15 },
  perAccount: { max: 3, windowMinutes: 60 },
} as const;

/**
 * Emails a password reset link if an active account has this address. The caller tells the person the
 * same thing either way and runs this after answering (next/server `after`), so neither the answer nor
 * its timing reveals whether an email is registered. Throttled per requesting address and per account:
 * beyond the limits nothing is sent, silently.
 */
export async function requestPasswordReset(
  email: string,
  baseUrl: string,
  request: { address: string },
): Promise<void> {
  if (
    !(await takeThrottle(
      "password-reset:address",
      keyedHash("address", request.address || "unknown"),
      RESET_LIMITS.perAddress,
    ))
  )
    return;
  const user = await db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, name: true, email: true, active: true, organisationId: true },
  });
  if (!user?.active) return;
  if (!(await takeThrottle("password-reset:account", keyedHash("user", user.id), RESET_LIMITS.perAccount))) return;
  await sendResetLink(user, baseUrl);
}

async function sendResetLink(
  user: { id: string; name: string; email: string; organisationId: string },
  baseUrl: string,
): Promise<void> {
  const { token, tokenHash } = createLinkToken();
  const expiresAt = new Date(Date.now() + RESET_MINUTES * 60_000);
  const emailId = await db.$transaction(async (tx) => {
    await tx.passwordReset.create({ data: { userId: user.id, tokenHash, expiresAt } });
    return queueEmail(tx, {
      to: user.email,
      toUserId: user.id,
      organisationId: user.organisationId,
      kind: "password-reset",
      linkExpiresAt: expiresAt,
      subject: "Reset your password for safeguarding training",
      text: [
        `Hello ${normalisePersonName(user.name)},`,
        "",
        `Use this link within ${RESET_MINUTES} minutes to choose a new password (it works once):`,
        `${baseUrl}/reset-password/${token}`,
        "",
        "If you did not ask for this, ignore this email: your password has not changed.",
      ].join("\n"),
    });
  });
  await deliverEmails([emailId]);
}

export async function isResetTokenUsable(token: string, now = new Date()): Promise<boolean> {
  if (!isWellFormedLinkToken(token)) return false;
  const row = await db.passwordReset.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: { usedAt: true, expiresAt: true, user: { select: { active: true } } },
  });
  return !!row && !row.usedAt && row.expiresAt > now && row.user.active;
}

/**
 * Sets a new password from a reset link; the link then stops working, as do any others outstanding. Every
 * session the person had ends (whoever knew the old password may have one), and failed sign-ins against the
 * account are forgotten, so a pause someone else caused does not outlast the owner's reset.
 */
export async function resetPassword(token: string, password: string): Promise<TResult<{ email: string }>> {
  if (!(await isResetTokenUsable(token))) return failure("RESET_LINK_EXPIRED");
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const reset = await tx.passwordReset.findUniqueOrThrow({
      where: { tokenHash: hashLinkToken(token) },
      select: { id: true, userId: true, user: { select: { email: true } } },
    });
    const claimed = await tx.passwordReset.updateMany({
      where: { id: reset.id, usedAt: null },
      data: { usedAt: new Date() },
    });
    if (claimed.count !== 1) return failure("RESET_LINK_USED");
    await tx.user.update({ where: { id: reset.userId }, data: { passwordHash } });
    await endSessions(tx, reset.userId);
    await clearAccountFailures(tx, reset.user.email);
    await tx.passwordReset.updateMany({ where: { userId: reset.userId, usedAt: null }, data: { usedAt: new Date() } });
    return { ok: true as const, email: reset.user.email };
  });
}

function requireAdmin(actor: TActor): TFailure | null {
  return actor.role === "ADMIN" ? null : failure("ADMIN_ONLY");
}

/** Deactivated people cannot sign in; everything they did stays on record. Administrators only. */
export async function setUserActive(actor: TActor, userId: string, active: boolean): Promise<TResult> {
  const denied = requireAdmin(actor);
  if (denied) return denied;
  if (userId === actor.id && !active) return failure("CANNOT_DEACTIVATE_SELF");
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { organisationId: true, email: true } });
    if (!user) return failure("PERSON_NOT_FOUND");
    await tx.user.update({ where: { id: userId }, data: { active } });
    if (!active) {
      await endSessions(tx, userId);
      await voidInvitationsFrom(tx, actor, userId, "The person who sent it was deactivated.");
    }
    await recordAudit(tx, actor, {
      action: active ? "user.reactivate" : "user.deactivate",
      organisationId: user.organisationId,
      targetType: "user",
      targetId: userId,
      details: { email: user.email },
    });
    return { ok: true as const };
  });
}

/** Changes someone's role. Administrators only, and never their own (so an organisation keeps an administrator). */
export async function changeRole(actor: TActor, userId: string, role: TRole): Promise<TResult> {
  const denied = requireAdmin(actor);
  if (denied) return denied;
  if (userId === actor.id) return failure("CANNOT_CHANGE_OWN_ROLE");
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: { organisationId: true, role: true, email: true },
    });
    if (!user) return failure("PERSON_NOT_FOUND");
    await tx.user.update({ where: { id: userId }, data: { role } });
    await endSessions(tx, userId);
    if (role === "LEARNER")
      await voidInvitationsFrom(tx, actor, userId, "The person who sent it is no longer a trainer.");
    await recordAudit(tx, actor, {
      action: "user.role-change",
      organisationId: user.organisationId,
      targetType: "user",
      targetId: userId,
      details: { email: user.email, from: user.role, to: role },
    });
    return { ok: true as const };
  });
}

/** An administrator sends someone a password reset link (for example when they are locked out). */
export async function sendPasswordResetFor(actor: TActor, userId: string, baseUrl: string): Promise<TResult> {
  const denied = requireAdmin(actor);
  if (denied) return denied;
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, active: true, organisationId: true },
  });
  if (!user) return failure("PERSON_NOT_FOUND");
  if (!user.active) return failure("REACTIVATE_FIRST");
  // Not throttled: an administrator helping someone locked out must not be blocked by a stranger's requests,
  // and each send is in the audit log.
  await sendResetLink(user, baseUrl);
  await recordAudit(db, actor, {
    action: "user.password-reset-sent",
    organisationId: user.organisationId,
    targetType: "user",
    targetId: userId,
    details: { email: user.email },
  });
  return { ok: true };
}

/**
 * Sets which groups of their organisation a person belongs to and, for a trainer, which groups they
 * are limited to (none: the whole organisation). Administrators only.
 */
export async function setGroups(
  actor: TActor,
  userId: string,
  memberOf: string[],
  trainerOf: string[],
): Promise<TResult> {
  const denied = requireAdmin(actor);
  if (denied) return denied;
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: { organisationId: true, role: true, email: true },
    });
    if (!user) return failure("PERSON_NOT_FOUND");
    const valid = new Set(
      (await tx.group.findMany({ where: { organisationId: user.organisationId }, select: { id: true } })).map(
        (g) => g.id,
      ),
    );
    if (![...memberOf, ...trainerOf].every((g) => valid.has(g))) return failure("GROUP_OF_ANOTHER_ORGANISATION");
    await tx.groupMembership.deleteMany({ where: { userId } });
    await tx.groupMembership.createMany({ data: [...new Set(memberOf)].map((groupId) => ({ userId, groupId })) });
    await tx.trainerGroup.deleteMany({ where: { trainerId: userId } });
    if (user.role === "TRAINER")
      await tx.trainerGroup.createMany({
        data: [...new Set(trainerOf)].map((groupId) => ({ trainerId: userId, groupId })),
      });
    await recordAudit(tx, actor, {
      action: "user.groups",
      organisationId: user.organisationId,
      targetType: "user",
      targetId: userId,
      details: { email: user.email, memberOf, trainerOf },
    });
    return { ok: true as const };
  });
}
