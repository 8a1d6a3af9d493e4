import "server-only";
import { recordAudit } from "../audit/record";
import type { TActor } from "../auth/current-user";
import { db } from "../db/client";
import { requireAdmin } from "./admin-only";
import { failure, type TResult } from "../errors";
import { sendResetLink } from "./reset-link";
import { signsInWithSsoOnly, SSO_ONLY_SELECT } from "../auth/sso/password-rule";

/** An administrator sends someone a password reset link (for example when they are locked out). */
export async function sendPasswordResetFor(actor: TActor, userId: string, baseUrl: string): Promise<TResult> {
  const denied = requireAdmin(actor);
  if (denied) return denied;
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      active: true,
      organisationId: true,
      ...SSO_ONLY_SELECT,
    },
  });
  if (!user) return failure("PERSON_NOT_FOUND");
  if (!user.active) return failure("REACTIVATE_FIRST");
  if (signsInWithSsoOnly(user)) return failure("PERSON_USES_SSO");
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
