import "server-only";
import { recordAudit } from "../audit/record";
import type { TActor } from "../auth/current-user";
import { endSessions } from "../auth/end-sessions";
import { db } from "../db/client";
import { requireAdmin } from "./admin-only";
import { failure, type TResult } from "../errors";
import { voidInvitationsFrom } from "./pending-invitations";

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
