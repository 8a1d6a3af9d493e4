// Identifiers shaped like the app's own: cuids (25 characters, time-ordered) and certificate numbers.
import { normaliseCertificateNumber } from "../lib/certificates/number";
import type { TRandom } from "../lib/testing/random";

const BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz";
const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

function randomChars(random: TRandom, alphabet: string, length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(random.next() * alphabet.length)];
  return out;
}

/**
 * Like Prisma's cuid(): "c", a time part and a counter, then random characters. Ids that grow with
 * time keep primary-key inserts at the end of the B-tree, as the app's own do, and make the same length
 * of URL (which matters for the bulk certificate link).
 */
export function createIdFactory(random: TRandom, startMs: number): () => string {
  let counter = 0;
  return () => {
    counter++;
    const time = (startMs + Math.floor(counter / 1000)).toString(36).padStart(8, "0").slice(-8);
    const count = (counter % 1_679_616).toString(36).padStart(4, "0");
    return `c${time}${count}${randomChars(random, BASE36, 12)}`;
  };
}

/** A certificate number in the app's format (80 random bits), from the seeded generator. */
export function createCertificateNumber(random: TRandom): string {
  const chars = randomChars(random, CROCKFORD, 16);
  const number = `SG-${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}-${chars.slice(12, 16)}`;
  // The app's own validator: a number it would not accept would make the benchmark meaningless.
  if (normaliseCertificateNumber(number) !== number) throw new Error(`bad certificate number ${number}`);
  return number;
}

/** How Prisma's SQLite adapter stores a DateTime: ISO 8601 text with an explicit +00:00 offset. */
export function sqliteDate(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString().replace("Z", "+00:00");
}
