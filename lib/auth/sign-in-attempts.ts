import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "../db/client";
import { keyedHash } from "./keyed-hash";
import type { Prisma } from "@/generated/prisma/client";
import { countedFailures, isLimited, SIGN_IN_LIMITS } from "./rate-limit";

export function signInKeys(email: string, address: string) {
  return { emailKey: keyedHash("email", email), addressKey: keyedHash("address", address || "unknown") };
}

const windowStart = (now: Date) => new Date(now.getTime() - SIGN_IN_LIMITS.windowMinutes * 60_000);

async function isAccountLimited(emailKey: string, now: Date, except?: string): Promise<boolean> {
  const attempts = await db.signInAttempt.findMany({
    where: { emailKey, createdAt: { gt: windowStart(now) }, ...(except ? { id: { not: except } } : {}) },
    select: { succeeded: true, createdAt: true },
  });
  return isLimited(attempts, SIGN_IN_LIMITS.perAccount, now);
}

async function isAddressLimited(addressKey: string, now: Date): Promise<boolean> {
  const attempts = await db.signInAttempt.findMany({
    where: { addressKey, createdAt: { gt: windowStart(now) } },
    select: { succeeded: true, createdAt: true },
  });
  return isLimited(attempts, SIGN_IN_LIMITS.perAddress, now);
}

/** True when this account or this address has had too many failed sign-ins recently. */
export async function isSignInLimited(
  keys: { emailKey: string; addressKey: string },
  now = new Date(),
): Promise<boolean> {
  const [account, address] = await Promise.all([
    isAccountLimited(keys.emailKey, now),
    isAddressLimited(keys.addressKey, now),
  ]);
  return account || address;
}

export type TSignInAttempt = { id: string; limited: boolean; addressKey: string };

/**
 * Starts an attempt (a password, or a code from an authenticator). For the account, the attempt is recorded as a
 * failure before it is checked and counted against the attempts before it, so a burst of guesses sent at once cannot
 * all slip in before any is counted: each sees every attempt recorded before it. For the address, only finished
 * attempts count: a whole staffroom behind one school address signing in at the start of a session must not be
 * refused for its own sign-ins in flight, so the attempt takes its address only when it finishes
 * (finishSignInAttempt). One refused for the limit leaves no trace, so hammering a locked account does not keep the
 * address locked for longer.
 */
export async function beginSignInAttempt(
  keys: { emailKey: string; addressKey: string },
  now = new Date(),
): Promise<TSignInAttempt> {
  const refused = { id: "", limited: true, addressKey: keys.addressKey };
  if (await isAddressLimited(keys.addressKey, now)) return refused;
  const { id } = await db.signInAttempt.create({
    data: { emailKey: keys.emailKey, addressKey: `pending:${randomUUID()}`, succeeded: false },
    select: { id: true },
  });
  if (!(await isAccountLimited(keys.emailKey, now, id))) return { id, limited: false, addressKey: keys.addressKey };
  await db.signInAttempt.delete({ where: { id } });
  return refused;
}

/**
 * Ends an attempt that was checked: right (a success, which also clears the keys' earlier failures) or wrong, and
 * from now on counted for its address too.
 */
export async function finishSignInAttempt(attempt: TSignInAttempt, succeeded: boolean): Promise<void> {
  if (attempt.limited) return;
  await db.signInAttempt.update({ where: { id: attempt.id }, data: { succeeded, addressKey: attempt.addressKey } });
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
