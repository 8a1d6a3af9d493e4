import "server-only";
import { recordAudit } from "../audit/record";
import type { TActor } from "../auth/current-user";
import { hashPassword } from "../auth/password";
import type { TRole } from "../auth/roles";
import { db } from "../db/client";
import { deliverEmails, queueEmail } from "../email/send";
import type { TResult } from "./invitations";
import { voidInvitationsFrom } from "./pending-invitations";
import { createLinkToken, hashLinkToken, isWellFormedLinkToken } from "./tokens";

const RESET_MINUTES = 60;

/**
 * Emails a password reset link if an active account has this address. The caller tells the person
 * the same thing either way, so the answer never reveals whether an email is registered.
 */
export async function requestPasswordReset(email: string, baseUrl: string): Promise<void> {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true, name: true, email: true, active: true, organisationId: true } });
  if (!user?.active) return;
  const { token, tokenHash } = createLinkToken();
  const emailId = await db.$transaction(async (tx) => {
    await tx.passwordReset.create({ data: { userId: user.id, tokenHash, expiresAt: new Date(Date.now() + RESET_MINUTES * 60_000) } });
    return queueEmail(tx, {
      to: user.email, toUserId: user.id, organisationId: user.organisationId, kind: "password-reset",
      subject: "Reset your password for safeguarding training",
      text: [`Hello ${user.name},`, "", `Use this link within ${RESET_MINUTES} minutes to choose a new password (it works once):`, `${baseUrl}/reset-password/${token}`, "", "If you did not ask for this, ignore this email: your password has not changed."].join("\n"),
    });
  });
  await deliverEmails([emailId]);
}

export async function isResetTokenUsable(token: string, now = new Date()): Promise<boolean> {
  if (!isWellFormedLinkToken(token)) return false;
  const row = await db.passwordReset.findUnique({ where: { tokenHash: hashLinkToken(token) }, select: { usedAt: true, expiresAt: true, user: { select: { active: true } } } });
  return !!row && !row.usedAt && row.expiresAt > now && row.user.active;
}

/** Sets a new password from a reset link; the link then stops working, as do any others outstanding. */
export async function resetPassword(token: string, password: string): Promise<TResult<{ email: string }>> {
  if (!(await isResetTokenUsable(token))) return { ok: false, message: "This reset link has expired or has already been used. Ask for a new one." };
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const reset = await tx.passwordReset.findUniqueOrThrow({ where: { tokenHash: hashLinkToken(token) }, select: { id: true, userId: true, user: { select: { email: true } } } });
    const claimed = await tx.passwordReset.updateMany({ where: { id: reset.id, usedAt: null }, data: { usedAt: new Date() } });
    if (claimed.count !== 1) return { ok: false as const, message: "This reset link has already been used." };
    await tx.user.update({ where: { id: reset.userId }, data: { passwordHash } });
    await tx.passwordReset.updateMany({ where: { userId: reset.userId, usedAt: null }, data: { usedAt: new Date() } });
    return { ok: true as const, email: reset.user.email };
  });
}

function requireAdmin(actor: TActor): TResult | null {
  return actor.role === "ADMIN" ? null : { ok: false, message: "Only administrators can do this." };
}

/** Deactivated people cannot sign in; everything they did stays on record. Administrators only. */
export async function setUserActive(actor: TActor, userId: string, active: boolean): Promise<TResult> {
  const denied = requireAdmin(actor);
  if (denied) return denied;
  if (userId === actor.id && !active) return { ok: false, message: "You cannot deactivate your own account." };
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { organisationId: true, email: true } });
    if (!user) return { ok: false as const, message: "No such person." };
    await tx.user.update({ where: { id: userId }, data: { active } });
    if (!active) await voidInvitationsFrom(tx, actor, userId, "The person who sent it was deactivated.");
    await recordAudit(tx, actor, { action: active ? "user.reactivate" : "user.deactivate", organisationId: user.organisationId, targetType: "user", targetId: userId, details: { email: user.email } });
    return { ok: true as const };
  });
}

/** Changes someone's role. Administrators only, and never their own (so an organisation keeps an administrator). */
export async function changeRole(actor: TActor, userId: string, role: TRole): Promise<TResult> {
  const denied = requireAdmin(actor);
  if (denied) return denied;
  if (userId === actor.id) return { ok: false, message: "You cannot change your own role." };
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { organisationId: true, role: true, email: true } });
    if (!user) return { ok: false as const, message: "No such person." };
    await tx.user.update({ where: { id: userId }, data: { role } });
    if (role === "LEARNER") await voidInvitationsFrom(tx, actor, userId, "The person who sent it is no longer a trainer.");
    await recordAudit(tx, actor, { action: "user.role-change", organisationId: user.organisationId, targetType: "user", targetId: userId, details: { email: user.email, from: user.role, to: role } });
    return { ok: true as const };
  });
}

/** An administrator sends someone a password reset link (for example when they are locked out). */
export async function sendPasswordResetFor(actor: TActor, userId: string, baseUrl: string): Promise<TResult> {
  const denied = requireAdmin(actor);
  if (denied) return denied;
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, active: true, organisationId: true } });
  if (!user) return { ok: false, message: "No such person." };
  if (!user.active) return { ok: false, message: "Reactivate this account first." };
  await requestPasswordReset(user.email, baseUrl);
  await recordAudit(db, actor, { action: "user.password-reset-sent", organisationId: user.organisationId, targetType: "user", targetId: userId, details: { email: user.email } });
  return { ok: true };
}

/**
 * Sets which groups of their organisation a person belongs to and, for a trainer, which groups they
 * are limited to (none: the whole organisation). Administrators only.
 */
export async function setGroups(actor: TActor, userId: string, memberOf: string[], trainerOf: string[]): Promise<TResult> {
  const denied = requireAdmin(actor);
  if (denied) return denied;
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { organisationId: true, role: true, email: true } });
    if (!user) return { ok: false as const, message: "No such person." };
    const valid = new Set((await tx.group.findMany({ where: { organisationId: user.organisationId }, select: { id: true } })).map((g) => g.id));
    if (![...memberOf, ...trainerOf].every((g) => valid.has(g))) return { ok: false as const, message: "A group does not belong to this person's organisation." };
    await tx.groupMembership.deleteMany({ where: { userId } });
    await tx.groupMembership.createMany({ data: [...new Set(memberOf)].map((groupId) => ({ userId, groupId })) });
    await tx.trainerGroup.deleteMany({ where: { trainerId: userId } });
    if (user.role === "TRAINER") await tx.trainerGroup.createMany({ data: [...new Set(trainerOf)].map((groupId) => ({ trainerId: userId, groupId })) });
    await recordAudit(tx, actor, { action: "user.groups", organisationId: user.organisationId, targetType: "user", targetId: userId, details: { email: user.email, memberOf, trainerOf } });
    return { ok: true as const };
  });
}
