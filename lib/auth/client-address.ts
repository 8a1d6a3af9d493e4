import "server-only";
import { getEnv } from "../env";

/**
 * The client's network address, for per-address limits: the entry TRUSTED_PROXY_HOPS from the end of
 * X-Forwarded-For (what the nearest trusted proxy saw), or the last entry with no proxy configured.
 * With none, Next fills the header from the socket only when the client did not send one, so the
 * per-address limit is best effort; per-account limits do not depend on it.
 */
export function clientAddress(headers: Headers | Record<string, unknown> | undefined): string {
  const forwarded = headers instanceof Headers ? headers.get("x-forwarded-for") : headers?.["x-forwarded-for"];
  const entries =
    typeof forwarded === "string"
      ? forwarded
          .split(",")
          .map((e) => e.trim())
          .filter(Boolean)
      : [];
  const hops = getEnv().TRUSTED_PROXY_HOPS;
  return entries[Math.max(0, entries.length - Math.max(1, hops))] ?? "unknown";
}
