import type { TActor } from "../auth/current-user";
import { failure, type TFailure } from "../errors";

/** The refusal for anyone but an administrator, or null for an administrator. */
export function requireAdmin(actor: TActor): TFailure | null {
  return actor.role === "ADMIN" ? null : failure("ADMIN_ONLY");
}
