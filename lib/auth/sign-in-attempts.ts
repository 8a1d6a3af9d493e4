import "server-only";
import { db } from "../db/client";
import { keyedHash } from "./keyed-hash";
import type { Prisma } from "@/generated/prisma/client";
import { countedFailures, isLimited, SIGN_IN_LIMITS } from "./rate-limit";

export function signInKeys(email: string, address: string) {
  return { emailKey: keyedHash("email", email), addressKey: keyedHash("address", address || "unknown") };
}

/**
 * True when this account or this address has had too many failed sign-ins recently. `except` is the caller's own
 * attempt, recorded as a failure before it was checked (see beginSignInAttempt): it is not counted against itself.
 */
export async function isSignInLimited(
  keys: { emailKey: string; addressKey: string },
  now = new Date(),
  except?: string,
): Promise<boolean> {
  const since = new Date(now.getTime() - SIGN_IN_LIMITS.windowMinutes * 60_000);
  const others = except ? { id: { not: except } } : {};
  const [byEmail, byAddress] = await Promise.all([
    db.signInAttempt.findMany({
      where: { emailKey: keys.emailKey, createdAt: { gt: since }, ...others },
      select: { succeeded: true, createdAt: true },
    }),
    db.signInAttempt.findMany({
      where: { addressKey: keys.addressKey, createdAt: { gt: since }, ...others },
      select: { succeeded: true, createdAt: true },
    }),
  ]);
  return isLimited(byEmail, SIGN_IN_LIMITS.perAccount, now) || isLimited(byAddress, SIGN_IN_LIMITS.perAddress, now);
}

export type TSignInAttempt = { id: string; limited: boolean };

/**
 * Records an attempt (a password, or a code from an authenticator) as a failure before it is checked, then counts
 * the attempts before it: a burst sent at once cannot all slip in before any is counted, because each one sees
 * every attempt recorded before it. One refused for the limit is removed again, so that hammering a locked account
 * does not keep its address (shared with everyone behind it) locked for longer.
 */
export async function beginSignInAttempt(
  keys: { emailKey: string; addressKey: string },
  now = new Date(),
): Promise<TSignInAttempt> {
  const { id } = await db.signInAttempt.create({ data: { ...keys, succeeded: false }, select: { id: true } });
  if (!(await isSignInLimited(keys, now, id))) return { id, limited: false };
  await db.signInAttempt.delete({ where: { id } });
  return { id, limited: true };
}

/** The attempt was right: it counts as a success, which also clears the key's earlier failures. */
export async function signInAttemptSucceeded(attempt: TSignInAttempt): Promise<void> {
  await db.signInAttempt.update({ where: { id: attempt.id }, data: { succeeded: true } });
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
