import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { TActor } from "../auth/current-user";

export type TAuditEntry = {
  action: string;
  organisationId: string | null;
  targetType: string;
  targetId?: string | null;
  details?: Prisma.InputJsonValue;
};

/** Records what a trainer or administrator did, in the same transaction as the change itself. */
export async function recordAudit(
  tx: Pick<Prisma.TransactionClient, "auditEvent">,
  actor: TActor,
  entry: TAuditEntry,
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: actor.id,
      organisationId: entry.organisationId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId ?? null,
      details: entry.details ?? {},
    },
  });
}
