import "server-only";
import { keyedHash } from "../keyed-hash";
import { isSignInLimited, recordSignInAttempt } from "../sign-in-attempts";

/**
 * Codes are limited like passwords, with the same table and limits: five wrong codes for an account in 15 minutes
 * (counted apart from its wrong passwords, under a key of its own), twenty from one address (counted together with
 * wrong passwords from it). A six-digit code cannot be guessed in five tries out of a million.
 */
function codeKeys(userId: string, address: string) {
  return { emailKey: keyedHash("second-factor", userId), addressKey: keyedHash("address", address || "unknown") };
}

export function checkLimited(userId: string, address: string, now = new Date()): Promise<boolean> {
  return isSignInLimited(codeKeys(userId, address), now);
}

export function recordCodeAttempt(userId: string, address: string, succeeded: boolean): Promise<void> {
  return recordSignInAttempt(codeKeys(userId, address), succeeded);
}
