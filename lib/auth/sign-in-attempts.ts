import "server-only";
import { createHmac } from "node:crypto";
import { db } from "../db/client";
import { getAuthSecret } from "../env";
import { isLimited, SIGN_IN_LIMITS } from "./rate-limit";

function key(kind: string, value: string): string {
  return createHmac("sha256", getAuthSecret()).update(`${kind}:${value.trim().toLowerCase()}`).digest("hex");
}

export function signInKeys(email: string, address: string) {
  return { emailKey: key("email", email), addressKey: key("address", address || "unknown") };
}

/** True when this account or this address has had too many failed sign-ins recently. */
export async function isSignInLimited(keys: { emailKey: string; addressKey: string }, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - SIGN_IN_LIMITS.windowMinutes * 60_000);
  const [byEmail, byAddress] = await Promise.all([
    db.signInAttempt.findMany({ where: { emailKey: keys.emailKey, createdAt: { gt: since } }, select: { succeeded: true, createdAt: true } }),
    db.signInAttempt.findMany({ where: { addressKey: keys.addressKey, createdAt: { gt: since } }, select: { succeeded: true, createdAt: true } }),
  ]);
  return isLimited(byEmail, SIGN_IN_LIMITS.perAccount, now) || isLimited(byAddress, SIGN_IN_LIMITS.perAddress, now);
}

export async function recordSignInAttempt(keys: { emailKey: string; addressKey: string }, succeeded: boolean): Promise<void> {
  await db.signInAttempt.create({ data: { ...keys, succeeded } });
}
