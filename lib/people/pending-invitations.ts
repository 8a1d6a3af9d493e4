import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "../audit/record";
import type { TActor } from "../auth/current-user";
import type { TCourse } from "../course";
import { db } from "../db/client";
import { deliverEmails } from "../email/send";
import { failure, type TResult } from "../errors";
import { INVITATION_DAYS, queueInvitationEmail } from "./invitations";
import { managedOrganisationId, trainerGroupIds } from "./scope";
import { createLinkToken } from "./tokens";

/** How far back the list of unanswered invitations reaches. */
const LISTED_DAYS = 30;
const LISTED = 200;

export type TInvitationStatus = "pending" | "expired" | "cancelled";

const FIELDS = {
  id: true,
  organisationId: true,
  email: true,
  name: true,
  role: true,
  groupIds: true,
  invitedById: true,
  createdAt: true,
  expiresAt: true,
  revokedAt: true,
  revokedReason: true,
} as const;
type TRow = Prisma.InvitationGetPayload<{ select: typeof FIELDS }>;

/**
 * Whether an actor may see and act on an invitation. Administrators: any. Trainers: learner invitations
 * of their organisation; a trainer limited to groups only those for their groups, or that they sent.
 */
function mayManage(
  actor: TActor,
  limit: string[] | null,
  row: Pick<TRow, "organisationId" | "role" | "groupIds" | "invitedById">,
): boolean {
  if (actor.role === "ADMIN") return true;
  if (actor.role !== "TRAINER" || row.organisationId !== actor.organisationId || row.role !== "LEARNER") return false;
  if (!limit || row.invitedById === actor.id) return true;
  const groups = Array.isArray(row.groupIds) ? row.groupIds : [];
  return groups.some((g) => typeof g === "string" && limit.includes(g));
}

function statusOf(row: Pick<TRow, "revokedAt" | "expiresAt">, now: Date): TInvitationStatus {
  return row.revokedAt ? "cancelled" : row.expiresAt <= now ? "expired" : "pending";
}

/** Invitations of an organisation not yet accepted (sent in the last 30 days), newest first, that the actor may manage. */
export async function listOpenInvitations(actor: TActor, organisationId: string, now = new Date()) {
  const orgId = managedOrganisationId(actor, organisationId);
  const limit = await trainerGroupIds(actor);
  const rows = await db.invitation.findMany({
    where: {
      organisationId: orgId,
      acceptedAt: null,
      createdAt: { gt: new Date(now.getTime() - LISTED_DAYS * 24 * 3600 * 1000) },
      ...(actor.role === "ADMIN" ? {} : { role: "LEARNER" as const }),
    },
    orderBy: { createdAt: "desc" },
    take: LISTED * 2,
    select: FIELDS,
  });
  const mine = rows.filter((r) => mayManage(actor, limit, r)).slice(0, LISTED);
  const inviters = new Map(
    (
      await db.user.findMany({
        where: { id: { in: [...new Set(mine.map((r) => r.invitedById))] } },
        select: { id: true, name: true },
      })
    ).map((u) => [u.id, u.name]),
  );
  return mine.map((r) => ({
    id: r.id,
    email: r.email,
    name: r.name,
    role: r.role,
    invitedBy: inviters.get(r.invitedById) ?? "Someone no longer here",
    sentAt: r.createdAt,
    expiresAt: r.expiresAt,
    status: statusOf(r, now),
    revokedReason: r.revokedReason,
  }));
}

/** The unaccepted invitation the actor may manage, or null: unknown and not-yours are the same answer. */
async function findManageable(
  tx: Prisma.TransactionClient,
  actor: TActor,
  limit: string[] | null,
  invitationId: string,
): Promise<TRow | null> {
  if (actor.role === "LEARNER") return null;
  const row = await tx.invitation.findFirst({ where: { id: invitationId, acceptedAt: null }, select: FIELDS });
  return row && mayManage(actor, limit, row) ? row : null;
}

/** Cancels an invitation: its link stops working at once, and the invitation page says it was cancelled. */
export async function cancelInvitation(actor: TActor, invitationId: string): Promise<TResult<{ email: string }>> {
  const limit = await trainerGroupIds(actor);
  return db.$transaction(async (tx) => {
    const row = await findManageable(tx, actor, limit, invitationId);
    if (!row) return failure("INVITATION_NOT_FOUND");
    if (row.revokedAt) return failure("INVITATION_ALREADY_CANCELLED");
    await tx.invitation.update({
      where: { id: row.id },
      data: { revokedAt: new Date(), revokedReason: `Cancelled by ${actor.name}.` },
    });
    await recordAudit(tx, actor, {
      action: "invitation.cancel",
      organisationId: row.organisationId,
      targetType: "invitation",
      targetId: row.id,
      details: { email: row.email },
    });
    return { ok: true as const, email: row.email };
  });
}

/**
 * Sends an invitation again with a new link and a new 7 days: the old link stops working (only the new
 * token's hash is kept). A cancelled invitation is not revived: send a new one.
 */
export async function resendInvitation(
  actor: TActor,
  course: TCourse,
  invitationId: string,
  baseUrl: string,
): Promise<TResult<{ email: string }>> {
  const { token, tokenHash } = createLinkToken();
  const limit = await trainerGroupIds(actor);
  const result = await db.$transaction(async (tx) => {
    const row = await findManageable(tx, actor, limit, invitationId);
    if (!row) return failure("INVITATION_NOT_FOUND");
    if (row.revokedAt) return failure("INVITATION_CANCELLED_SEND_NEW");
    const expiresAt = new Date(Date.now() + INVITATION_DAYS * 24 * 3600 * 1000);
    const claimed = await tx.invitation.updateMany({
      where: { id: row.id, acceptedAt: null, revokedAt: null },
      data: { tokenHash, expiresAt },
    });
    if (claimed.count !== 1) return failure("INVITATION_NOT_FOUND");
    const emailId = await queueInvitationEmail(
      tx,
      course,
      { organisationId: row.organisationId, email: row.email, name: row.name, inviterName: actor.name, expiresAt },
      token,
      baseUrl,
    );
    await recordAudit(tx, actor, {
      action: "invitation.resend",
      organisationId: row.organisationId,
      targetType: "invitation",
      targetId: row.id,
      details: { email: row.email },
    });
    return { ok: true as const, email: row.email, emailId };
  });
  if (!result.ok) return result;
  await deliverEmails([result.emailId]);
  return { ok: true, email: result.email };
}

/**
 * Voids the unaccepted invitations someone sent, inside the caller's transaction: called when they are
 * deactivated or stop being a trainer, as their invitations carry their say-so.
 */
export async function voidInvitationsFrom(
  tx: Prisma.TransactionClient,
  actor: TActor,
  userId: string,
  reason: string,
): Promise<number> {
  const open = await tx.invitation.findMany({
    where: { invitedById: userId, acceptedAt: null, revokedAt: null },
    select: { id: true, organisationId: true },
  });
  if (!open.length) return 0;
  await tx.invitation.updateMany({
    where: { id: { in: open.map((i) => i.id) } },
    data: { revokedAt: new Date(), revokedReason: reason },
  });
  for (const organisationId of new Set(open.map((i) => i.organisationId)))
    await recordAudit(tx, actor, {
      action: "invitation.void",
      organisationId,
      targetType: "user",
      targetId: userId,
      details: { invitations: open.filter((i) => i.organisationId === organisationId).map((i) => i.id), reason },
    });
  return open.length;
}
