import "server-only";
import { keyedHash } from "../keyed-hash";
import { beginSignInAttempt, finishSignInAttempt, type TSignInAttempt } from "../sign-in-attempts";

/**
 * Codes are limited like passwords, with the same table and limits: five wrong codes for an account in 15 minutes
 * (counted apart from its wrong passwords, under a key of its own), twenty from one address (counted together with
 * wrong passwords from it). A six-digit code cannot be guessed in five tries out of a million.
 */
function codeKeys(userId: string, address: string) {
  return { emailKey: keyedHash("second-factor", userId), addressKey: keyedHash("address", address || "unknown") };
}

/** Records a code attempt as a failure before the code is checked, and says whether it may be checked at all. */
export function beginCodeAttempt(userId: string, address: string, now = new Date()): Promise<TSignInAttempt> {
  return beginSignInAttempt(codeKeys(userId, address), now);
}

/** Ends a code attempt that was checked, right or wrong (see finishSignInAttempt). */
export const finishCodeAttempt = finishSignInAttempt;
