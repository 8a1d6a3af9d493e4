import "server-only";
import { recordAudit } from "../audit/record";
import type { TActor } from "../auth/current-user";
import { db } from "../db/client";
import { requireAdmin } from "./admin-only";
import { failure, type TResult } from "../errors";

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
