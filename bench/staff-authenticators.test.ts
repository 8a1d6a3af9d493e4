import { describe, expect, it } from "vitest";
import { openSecret } from "../lib/auth/second-factor/secret-box";
import { acceptedStep, currentCode, timeStep } from "../lib/auth/second-factor/totp";
import {
  benchAuthenticatorSecret,
  sealedBenchAuthenticator,
  stepForNextCode,
  stepStartMs,
} from "./staff-authenticators";

const TRAINER = "trainer@bench-org-00.bench.example";
const SERVER_SECRET = "a-server-secret-for-this-test-only";

describe("the benchmark staff's authenticators", () => {
  it("gives each person their own secret, the same every run, of the app's size", () => {
    const secret = benchAuthenticatorSecret(TRAINER);
    expect(benchAuthenticatorSecret(TRAINER)).toBe(secret);
    expect(benchAuthenticatorSecret("admin@bench.example")).not.toBe(secret);
    expect(secret).toMatch(/^[A-Z2-7]{32}$/); // 160 bits in base32
  });

  it("stores the secret so that only a server with the same secret can open it, and its codes are accepted", () => {
    const sealed = sealedBenchAuthenticator(TRAINER, SERVER_SECRET);
    expect(openSecret(sealed, "another-server-secret")).toBeNull();
    const opened = openSecret(sealed, SERVER_SECRET);
    expect(opened).toBe(benchAuthenticatorSecret(TRAINER));
    const now = Date.now();
    expect(acceptedStep(opened!, currentCode(benchAuthenticatorSecret(TRAINER), now), now, null)).toBe(timeStep(now));
  });
});

describe("stepForNextCode", () => {
  const now = Date.UTC(2026, 11, 2, 18, 0, 10);
  const step = timeStep(now);

  it("gives the current code to a person not signed in yet, or last signed in during an earlier step", () => {
    expect(stepForNextCode(undefined, now)).toBe(step);
    expect(stepForNextCode(step - 1, now)).toBe(step);
  });

  it("waits for the next code when this step's was given already, since the app accepts each once", () => {
    const next = stepForNextCode(step, now);
    expect(next).toBe(step + 1);
    expect(stepStartMs(next)).toBeGreaterThan(now);
    expect(timeStep(stepStartMs(next))).toBe(next);
    const secret = benchAuthenticatorSecret(TRAINER);
    // The server refuses this step's code again, and takes the next one once it is shown.
    expect(acceptedStep(secret, currentCode(secret, now), now, step)).toBeNull();
    expect(acceptedStep(secret, currentCode(secret, stepStartMs(next)), stepStartMs(next), step)).toBe(next);
  });
});
