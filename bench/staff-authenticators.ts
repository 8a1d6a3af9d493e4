// Trainers and administrators must use two-step verification (issue 17), so the benchmark's staff have an
// authenticator, stored as the app stores one: a TOTP secret sealed with the server's secret. Each secret is
// derived from the person's email, so the load generator can make their codes without reading anything back.
import { createHash } from "node:crypto";
import { Secret } from "otpauth";
import { sealSecret } from "../lib/auth/second-factor/secret-box";
import { timeStep } from "../lib/auth/second-factor/totp";

/** RFC 6238 steps, as lib/auth/second-factor/totp.ts uses them. */
const STEP_MS = 30_000;

/**
 * The authenticator secret of a benchmark staff member: benchmark-only and public (anyone reading this file can
 * make their codes), which is harmless for synthetic people in a throwaway database and nowhere else.
 */
export function benchAuthenticatorSecret(email: string): string {
  const digest = createHash("sha256").update(`benchmark authenticator of ${email}`).digest("hex");
  return Secret.fromHex(digest.slice(0, 40)).base32; // 160 bits, as the app's own secrets
}

/** The stored form (User.totpSecret) of a staff member's secret, for a server started with serverSecret. */
export function sealedBenchAuthenticator(email: string, serverSecret: string): string {
  return sealSecret(benchAuthenticatorSecret(email), serverSecret);
}

/**
 * The time step whose code to give now, when this process last gave one of `lastGiven` for the same person: the
 * app accepts each code once, so a second sign-in within one step waits for the next code, as a person would.
 */
export function stepForNextCode(lastGiven: number | undefined, nowMs: number): number {
  const now = timeStep(nowMs);
  return lastGiven !== undefined && now <= lastGiven ? lastGiven + 1 : now;
}

/** When a step begins, in milliseconds since the epoch (the moment its code can be shown). */
export function stepStartMs(step: number): number {
  return step * STEP_MS;
}
