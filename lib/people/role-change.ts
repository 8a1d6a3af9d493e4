import "server-only";
import { recordAudit } from "../audit/record";
import type { TActor } from "../auth/current-user";
import type { TRole } from "../auth/roles";
import { endSessions } from "../auth/end-sessions";
import { db } from "../db/client";
import { requireAdmin } from "./admin-only";
import { failure, type TResult } from "../errors";
import { voidInvitationsFrom } from "./pending-invitations";

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
