import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "../audit/record";
import type { TActor } from "../auth/current-user";
import { hashPassword } from "../auth/password";
import type { TRole } from "../auth/roles";
import type { TCourse } from "../course";
import { db } from "../db/client";
import { enrol } from "../enrolments/enrol";
import { invitationEmail } from "../email/messages";
import { deliverEmails, queueEmail } from "../email/send";
import { failure, type TErrorCode, type TResult } from "../errors";
import { queueExistingAccountNotices, type TAccountHolder } from "./existing-account-notice";
import { normalisePersonName } from "./person-name";
import { managedOrganisationId, trainerGroupIds } from "./scope";
import { createLinkToken, hashLinkToken, isWellFormedLinkToken } from "./tokens";
import { signsInWithSsoOnly } from "../auth/sso/password-rule";

export const INVITATION_DAYS = 7;

export type TInviteInput = { organisationId?: string; email: string; name: string; role: TRole; groupIds: string[] };

/**
 * Invites someone to an organisation by email. Administrators may invite any role to any
 * organisation; trainers only learners, to their own organisation and groups.
 *
 * An address that already has an account gets no invitation. An administrator is told so; a trainer
 * gets the same answer as for a new address (whether an account exists, in another organisation or in
 * theirs, is not theirs to learn), and the account holder is emailed that someone tried to invite them.
 */
export async function createInvitation(
  actor: TActor,
  course: TCourse,
  input: TInviteInput,
  baseUrl: string,
): Promise<TResult<{ invitationId: string | null }>> {
  if (actor.role === "LEARNER") return failure("ROLE_REQUIRED", { holders: "staff", action: "invite-people" });
  if (actor.role === "TRAINER" && input.role !== "LEARNER") return failure("INVITATION_TRAINERS_INVITE_LEARNERS");
  const organisationId = managedOrganisationId(actor, input.organisationId);
  const email = input.email.trim().toLowerCase();

  const groups = await db.group.findMany({
    where: { organisationId, id: { in: input.groupIds } },
    select: { id: true },
  });
  if (groups.length !== new Set(input.groupIds).size) return failure("INVITATION_GROUP_ELSEWHERE");
  const limit = await trainerGroupIds(actor);
  if (limit && !input.groupIds.every((g) => limit.includes(g))) return failure("INVITATION_OWN_GROUPS_ONLY");

  const holder = await db.user.findUnique({ where: { email }, select: { id: true, name: true, organisationId: true } });
  if (holder && actor.role === "ADMIN") return failure("INVITATION_ACCOUNT_EXISTS", { email });
  if (holder) {
    const emailId = await noticeOfExistingAccount(actor, organisationId, { email, ...holder }, baseUrl);
    if (emailId) await deliverEmails([emailId]);
    return { ok: true, invitationId: null };
  }

  const { token, tokenHash } = createLinkToken();
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * 24 * 3600 * 1000);
  const { invitationId, emailId } = await db.$transaction(async (tx) => {
    const invitation = await tx.invitation.create({
      data: {
        organisationId,
        email,
        name: normalisePersonName(input.name),
        role: input.role,
        groupIds: input.groupIds,
        tokenHash,
        expiresAt,
        invitedById: actor.id,
      },
      select: { id: true },
    });
    const emailId = await queueInvitationEmail(
      tx,
      course,
      { organisationId, email, name: normalisePersonName(input.name), inviterName: actor.name, expiresAt },
      token,
      baseUrl,
    );
    await recordAudit(tx, actor, {
      action: "invitation.create",
      organisationId,
      targetType: "invitation",
      targetId: invitation.id,
      details: { email, role: input.role },
    });
    return { invitationId: invitation.id, emailId };
  });
  await deliverEmails([emailId]);
  return { ok: true, invitationId };
}

/** The invitation email, with its single-use link: for a new invitation and for one sent again. */
export async function queueInvitationEmail(
  tx: Prisma.TransactionClient,
  course: Pick<TCourse, "title">,
  invitation: { organisationId: string; email: string; name: string; inviterName: string; expiresAt: Date },
  token: string,
  baseUrl: string,
): Promise<string> {
  const organisation = await tx.organisation.findUniqueOrThrow({
    where: { id: invitation.organisationId },
    select: { name: true },
  });
  return queueEmail(tx, {
    to: invitation.email,
    organisationId: invitation.organisationId,
    kind: "invitation",
    linkExpiresAt: invitation.expiresAt,
    write: (w) =>
      invitationEmail(w, {
        name: invitation.name,
        inviterName: invitation.inviterName,
        organisationName: organisation.name,
        courseTitle: course.title,
        link: `${baseUrl}/invite/${token}`,
        days: INVITATION_DAYS,
      }),
  });
}

/**
 * Tells an account holder that someone tried to invite them (at most once a day, see
 * queueExistingAccountNotices). Audited, so administrators see who tried. Returns the queued email's
 * id, or null when one went out today.
 */
async function noticeOfExistingAccount(
  actor: TActor,
  organisationId: string,
  holder: TAccountHolder,
  baseUrl: string,
): Promise<string | null> {
  return db.$transaction(async (tx) => {
    await recordAudit(tx, actor, {
      action: "invitation.existing-account",
      organisationId,
      targetType: "user",
      targetId: holder.id,
      details: { email: holder.email },
    });
    const [emailId] = await queueExistingAccountNotices(tx, [holder], baseUrl);
    return emailId ?? null;
  });
}

export type TInvitationState =
  | { state: "valid"; email: string; name: string; organisationName: string; ssoOnly: boolean }
  | { state: "used" | "expired" | "revoked" | "unknown" };

/** What the invitation page may show about a token: nothing beyond the invitee's own name and email. */
export async function checkInvitation(token: string, now = new Date()): Promise<TInvitationState> {
  if (!isWellFormedLinkToken(token)) return { state: "unknown" };
  const row = await db.invitation.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: {
      email: true,
      name: true,
      acceptedAt: true,
      expiresAt: true,
      revokedAt: true,
      invitedById: true,
      role: true,
      organisation: { select: { name: true, ssoRequired: true } },
    },
  });
  if (!row) return { state: "unknown" };
  if (row.acceptedAt) return { state: "used" };
  if (row.revokedAt) return { state: "revoked" };
  // Invitations from before deactivation voided them: an inviter who can no longer sign in vouches for no one.
  const inviter = await db.user.findUnique({ where: { id: row.invitedById }, select: { active: true } });
  if (!inviter?.active) return { state: "revoked" };
  if (row.expiresAt <= now) return { state: "expired" };
  return {
    state: "valid",
    email: row.email,
    name: row.name,
    organisationName: row.organisation.name,
    // Their organisation signs people in with its own accounts: the invitation is taken up by signing in that way.
    ssoOnly: signsInWithSsoOnly(row),
  };
}

const UNUSABLE: Record<Exclude<TInvitationState["state"], "valid">, TErrorCode> = {
  used: "INVITATION_USED",
  revoked: "INVITATION_REVOKED",
  expired: "INVITATION_EXPIRED",
  unknown: "INVITATION_EXPIRED",
};

/** Creates the account, its groups and enrolment, and uses up the invitation: all at once or not at all. */
export async function acceptInvitation(
  course: Pick<TCourse, "id">,
  token: string,
  password: string,
): Promise<TResult<{ email: string }>> {
  const check = await checkInvitation(token);
  if (check.state !== "valid") return failure(UNUSABLE[check.state]);
  if (check.ssoOnly) return failure("SIGN_IN_USE_SSO");
  const passwordHash = await hashPassword(password);
  try {
    return await db.$transaction(async (tx) => {
      const invitation = await tx.invitation.findUniqueOrThrow({ where: { tokenHash: hashLinkToken(token) } });
      // Single use, even if two tabs submit at once: only one update can see it unaccepted (and not cancelled meanwhile).
      const claimed = await tx.invitation.updateMany({
        where: { id: invitation.id, acceptedAt: null, revokedAt: null },
        data: { acceptedAt: new Date() },
      });
      if (claimed.count !== 1) return failure(invitation.revokedAt ? UNUSABLE.revoked : UNUSABLE.used);
      // Groups deleted since the invitation was sent are skipped, not an error for the invitee.
      const wanted = (invitation.groupIds as unknown[]).filter((g): g is string => typeof g === "string");
      const groupIds = (
        await tx.group.findMany({
          where: { organisationId: invitation.organisationId, id: { in: wanted } },
          select: { id: true },
        })
      ).map((g) => g.id);
      const user = await tx.user.create({
        data: {
          email: invitation.email,
          name: normalisePersonName(invitation.name),
          searchName: normalisePersonName(invitation.name).toLowerCase(),
          role: invitation.role,
          organisationId: invitation.organisationId,
          passwordHash,
          memberships: { create: groupIds.map((groupId) => ({ groupId })) },
        },
        select: { id: true },
      });
      await enrol(tx, [{ userId: user.id, organisationId: invitation.organisationId, courseId: course.id }]);
      return { ok: true as const, email: invitation.email };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      return failure("ACCOUNT_EXISTS_SIGN_IN");
    throw error;
  }
}
