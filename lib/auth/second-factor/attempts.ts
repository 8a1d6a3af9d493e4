import "server-only";
import { db } from "../../db/client";
import { keyedHash } from "../keyed-hash";
import { isSignInLimited } from "../sign-in-attempts";

/**
 * Codes are limited like passwords, with the same table and limits: five wrong codes for an account in 15 minutes
 * (counted apart from its wrong passwords, under a key of its own), twenty from one address (counted together with
 * wrong passwords from it). A six-digit code cannot be guessed in five tries out of a million.
 */
function codeKeys(userId: string, address: string) {
  return { emailKey: keyedHash("second-factor", userId), addressKey: keyedHash("address", address || "unknown") };
}

export type TCodeAttempt = { id: string; limited: boolean };

/**
 * Records an attempt as a failure before its code is checked, then counts: a burst sent at once cannot all slip
 * in before any is counted, because each sees every attempt recorded before it. An attempt refused for the limit
 * is removed again, so that hammering a locked account does not keep its address locked longer.
 */
export async function beginCodeAttempt(userId: string, address: string, now = new Date()): Promise<TCodeAttempt> {
  const keys = codeKeys(userId, address);
  const { id } = await db.signInAttempt.create({ data: { ...keys, succeeded: false }, select: { id: true } });
  if (!(await isSignInLimited(keys, now, 1))) return { id, limited: false };
  await db.signInAttempt.delete({ where: { id } });
  return { id, limited: true };
}

/** A right code: the attempt counts as a success, which also clears the account's earlier wrong codes. */
export async function codeAttemptSucceeded(attempt: TCodeAttempt): Promise<void> {
  await db.signInAttempt.update({ where: { id: attempt.id }, data: { succeeded: true } });
}
