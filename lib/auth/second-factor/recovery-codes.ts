import { randomInt } from "node:crypto";

export const RECOVERY_CODE_COUNT = 10;

// No 0/o, 1/l/i: a code is copied from paper.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** Ten codes like "k7mq2-xw9tp": 10 characters from 31, about 49 bits each, shown once. */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** As stored and compared: lower case, without the dash or spaces people may add or drop. */
export function normaliseRecoveryCode(input: string): string {
  return input.toLowerCase().replace(/[\s-]/g, "");
}

export function looksLikeRecoveryCode(input: string): boolean {
  return /^[a-z0-9]{10}$/.test(normaliseRecoveryCode(input)) && !/^\d+$/.test(normaliseRecoveryCode(input));
}
