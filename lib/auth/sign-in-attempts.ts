import "server-only";
import { db } from "../db/client";
import { keyedHash } from "./keyed-hash";
import type { Prisma } from "@/generated/prisma/client";
import { countedFailures, SIGN_IN_LIMITS } from "./rate-limit";

export function signInKeys(email: string, address: string) {
  return { emailKey: keyedHash("email", email), addressKey: keyedHash("address", address || "unknown") };
}

/**
 * True when this account or this address has had too many failed sign-ins recently. `alreadyRecorded` is how many
 * of them are the caller's own attempt, recorded as a failure before it was checked (see beginCodeAttempt).
 */
export async function isSignInLimited(
  keys: { emailKey: string; addressKey: string },
  now = new Date(),
  alreadyRecorded = 0,
): Promise<boolean> {
  const since = new Date(now.getTime() - SIGN_IN_LIMITS.windowMinutes * 60_000);
  const [byEmail, byAddress] = await Promise.all([
    db.signInAttempt.findMany({
      where: { emailKey: keys.emailKey, createdAt: { gt: since } },
      select: { succeeded: true, createdAt: true },
    }),
    db.signInAttempt.findMany({
      where: { addressKey: keys.addressKey, createdAt: { gt: since } },
      select: { succeeded: true, createdAt: true },
    }),
  ]);
  return (
    countedFailures(byEmail, now) - alreadyRecorded >= SIGN_IN_LIMITS.perAccount ||
    countedFailures(byAddress, now) - alreadyRecorded >= SIGN_IN_LIMITS.perAddress
  );
}

export async function recordSignInAttempt(
  keys: { emailKey: string; addressKey: string },
  succeeded: boolean,
): Promise<void> {
  await db.signInAttempt.create({ data: { ...keys, succeeded } });
}

/** How many failed sign-ins count against this account now (see countedFailures). */
export async function accountFailures(email: string, now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - SIGN_IN_LIMITS.windowMinutes * 60_000);
  const attempts = await db.signInAttempt.findMany({
    where: { emailKey: signInKeys(email, "").emailKey, createdAt: { gt: since } },
    select: { succeeded: true, createdAt: true },
  });
  return countedFailures(attempts, now);
}

/**
 * Forgets an account's failed sign-ins, when its owner has proved who they are by resetting the password:
 * the lock someone else caused must not outlast the owner's reset. The per-address count is kept.
 */
export async function clearAccountFailures(
  tx: Pick<Prisma.TransactionClient, "signInAttempt">,
  email: string,
): Promise<void> {
  await tx.signInAttempt.deleteMany({ where: { emailKey: signInKeys(email, "").emailKey, succeeded: false } });
}
