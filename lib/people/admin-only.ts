import type { TActor } from "../auth/current-user";
import type { TResult } from "./invitations";

/** The refusal for anyone but an administrator, or null for an administrator. */
export function requireAdmin(actor: TActor): TResult | null {
  return actor.role === "ADMIN" ? null : { ok: false, message: "Only administrators can do this." };
}
