import "server-only";
import type { TActor } from "../auth/current-user";
import { db } from "../db/client";

/** What the "Your account" page shows the actor about themselves. */
export async function getOwnAccount(actor: TActor) {
  return db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: {
      name: true,
      email: true,
      role: true,
      createdAt: true,
      lastSignInAt: true,
      totpEnabledAt: true,
      _count: { select: { recoveryCodes: { where: { usedAt: null } } } },
      organisation: { select: { name: true, trainersNeedSecondFactor: true } },
      memberships: { orderBy: { group: { name: "asc" } }, select: { group: { select: { name: true } } } },
    },
  });
}
