import "server-only";
import { createHmac } from "node:crypto";
import { getAuthSecret } from "../env";

/**
 * A keyed hash of an identifier (an email, an address, an account id) for rate-limit records: the same
 * value always gives the same key, but the table alone does not say whose it is.
 */
export function keyedHash(kind: string, value: string): string {
  return createHmac("sha256", getAuthSecret()).update(`${kind}:${value.trim().toLowerCase()}`).digest("hex");
}
