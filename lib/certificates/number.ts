import { randomBytes } from "node:crypto";

// Crockford's base32: no I, L, O or U, so a number read aloud or typed is hard to get wrong.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const PATTERN = /^SG-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/** A new certificate number: 80 random bits, e.g. SG-7K3M-9QXD-2HFA-TW8P. Unguessable, not sequential. */
export function generateCertificateNumber(): string {
  const bytes = randomBytes(16);
  const chars = Array.from({ length: 16 }, (_, i) => ALPHABET[(bytes[i] ?? 0) & 31]).join("");
  return `SG-${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}-${chars.slice(12, 16)}`;
}

/**
 * A typed or scanned number in canonical form, or null when it cannot be a certificate number.
 * Forgiving of case, spaces and the letters people confuse with digits (O for 0, I and L for 1).
 */
export function normaliseCertificateNumber(input: string): string | null {
  if (input.length > 64) return null;
  const compact = input.toUpperCase().replace(/[\s-]/g, "").replace(/^SG/, "").replace(/O/g, "0").replace(/[IL]/g, "1");
  if (compact.length !== 16) return null;
  const formatted = `SG-${compact.slice(0, 4)}-${compact.slice(4, 8)}-${compact.slice(8, 12)}-${compact.slice(12, 16)}`;
  return PATTERN.test(formatted) ? formatted : null;
}
