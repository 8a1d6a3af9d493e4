import { Secret, TOTP } from "otpauth";

/** RFC 6238 as every authenticator app reads it: SHA-1, six digits, 30-second steps. */
const PERIOD_SECONDS = 30;
const DIGITS = 6;
/** One step either side of now, for a phone clock a little off and a code typed as it changes. */
const WINDOW = 1;

export const TOTP_ISSUER = "Safeguarding training";

function totp(secretBase32: string, label = "", issuer = TOTP_ISSUER): TOTP {
  return new TOTP({
    issuer,
    label,
    algorithm: "SHA1",
    digits: DIGITS,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** A new random secret (160 bits, as RFC 4226 recommends), in base32 as people type it into an app. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** What the QR code holds: the otpauth:// URI an authenticator app adds the account from. */
export function totpUri(secretBase32: string, accountName: string, issuer = TOTP_ISSUER): string {
  return totp(secretBase32, accountName, issuer).toString();
}

/** The secret grouped in fours, for typing in by hand when the QR code cannot be scanned. */
export function groupedSecret(secretBase32: string): string {
  return secretBase32.replace(/(.{4})(?=.)/g, "$1 ");
}

export function timeStep(nowMs: number): number {
  return Math.floor(nowMs / 1000 / PERIOD_SECONDS);
}

/** The code an app shows at this moment (tests and the e2e suite sign in with it). */
export function currentCode(secretBase32: string, nowMs = Date.now()): string {
  return totp(secretBase32).generate({ timestamp: nowMs });
}

/** Digits only, spaces and dashes dropped ("123 456" is how some apps show a code). */
export function normaliseCode(input: string): string {
  return input.replace(/[\s-]/g, "");
}

/**
 * The time step a code belongs to, or null when it matches none near now. A code whose step is not after
 * lastStep has been used already (or an older one has): refused, so a code seen over a shoulder or in a log
 * cannot be replayed.
 */
export function acceptedStep(
  secretBase32: string,
  input: string,
  nowMs: number,
  lastStep: number | null,
): number | null {
  const code = normaliseCode(input);
  if (!new RegExp(`^\\d{${DIGITS}}$`).test(code)) return null;
  const delta = totp(secretBase32).validate({ token: code, timestamp: nowMs, window: WINDOW });
  if (delta === null) return null;
  const step = timeStep(nowMs) + delta;
  return lastStep !== null && step <= lastStep ? null : step;
}
