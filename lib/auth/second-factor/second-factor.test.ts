import { describe, expect, it } from "vitest";
import { secondFactorRequired, sessionStage } from "./policy";
import { looksLikeRecoveryCode, newRecoveryCodes, normaliseRecoveryCode } from "./recovery-codes";
import { openSecret, sealSecret } from "./secret-box";
import { acceptedStep, currentCode, groupedSecret, newTotpSecret, timeStep, totpUri } from "./totp";

const NOW = Date.UTC(2026, 11, 2, 9, 0, 15);

describe("authenticator codes (RFC 6238)", () => {
  it("match the RFC's published test vector", () => {
    // RFC 6238 appendix B, SHA-1, T = 59 s: 94287082 (8 digits); the 6-digit code is its last six.
    const rfcSecret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"; // base32 of "12345678901234567890"
    expect(currentCode(rfcSecret, 59_000)).toBe("287082");
  });

  it("accept the code of now and of one step either side, and nothing further", () => {
    const secret = newTotpSecret();
    expect(acceptedStep(secret, currentCode(secret, NOW), NOW, null)).toBe(timeStep(NOW));
    expect(acceptedStep(secret, currentCode(secret, NOW - 30_000), NOW, null)).toBe(timeStep(NOW) - 1);
    expect(acceptedStep(secret, currentCode(secret, NOW + 30_000), NOW, null)).toBe(timeStep(NOW) + 1);
    expect(acceptedStep(secret, currentCode(secret, NOW - 90_000), NOW, null)).toBeNull();
    expect(acceptedStep(newTotpSecret(), currentCode(secret, NOW), NOW, null)).toBeNull();
  });

  it("refuse a code already used, or one older than the last used", () => {
    const secret = newTotpSecret();
    const step = acceptedStep(secret, currentCode(secret, NOW), NOW, null)!;
    expect(acceptedStep(secret, currentCode(secret, NOW), NOW, step)).toBeNull();
    expect(acceptedStep(secret, currentCode(secret, NOW - 30_000), NOW, step)).toBeNull();
    expect(acceptedStep(secret, currentCode(secret, NOW + 30_000), NOW + 30_000, step)).toBe(step + 1);
  });

  it("take a code typed with a space, and refuse anything that is not six digits", () => {
    const secret = newTotpSecret();
    const code = currentCode(secret, NOW);
    expect(acceptedStep(secret, `${code.slice(0, 3)} ${code.slice(3)}`, NOW, null)).toBe(timeStep(NOW));
    for (const bad of ["", "12345", "1234567", "abcdef", `${code}0`])
      expect(acceptedStep(secret, bad, NOW, null)).toBeNull();
  });

  it("give apps an otpauth URI naming the account, and a key grouped for typing", () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const uri = new URL(totpUri(secret, "sam@example.org"));
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.searchParams.get("secret")).toBe(secret);
    expect(uri.searchParams.get("digits")).toBe("6");
    expect(decodeURIComponent(uri.pathname)).toContain("sam@example.org");
    expect(groupedSecret("ABCDEFGHIJ")).toBe("ABCD EFGH IJ");
  });
});

describe("recovery codes", () => {
  it("are ten different codes in an unambiguous alphabet, compared without case or dash", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) {
      expect(code).toMatch(/^[a-hjkmnp-z2-9]{5}-[a-hjkmnp-z2-9]{5}$/);
      expect(looksLikeRecoveryCode(code.toUpperCase().replace("-", " "))).toBe(true);
    }
    expect(normaliseRecoveryCode("AbCdE-fGhIj")).toBe("abcdefghij");
    expect(looksLikeRecoveryCode("123456")).toBe(false);
    expect(looksLikeRecoveryCode("1234567890")).toBe(false);
  });
});

describe("sealed secrets", () => {
  it("open with the same server secret only", () => {
    const sealed = sealSecret("JBSWY3DPEHPK3PXP", "server secret one");
    expect(sealed).not.toContain("JBSWY3DPEHPK3PXP");
    expect(openSecret(sealed, "server secret one")).toBe("JBSWY3DPEHPK3PXP");
    expect(openSecret(sealed, "server secret two")).toBeNull();
    expect(openSecret(sealed.slice(0, -2), "server secret one")).toBeNull();
    expect(openSecret("rubbish", "server secret one")).toBeNull();
  });
});

describe("who needs a second factor, and how far a session has got", () => {
  it("requires it of administrators always, of trainers unless relaxed, of learners never", () => {
    expect(secondFactorRequired("ADMIN", false)).toBe(true);
    expect(secondFactorRequired("TRAINER", true)).toBe(true);
    expect(secondFactorRequired("TRAINER", false)).toBe(false);
    expect(secondFactorRequired("LEARNER", true)).toBe(false);
  });

  it("keeps a session short of full until the code is given, or until a required authenticator is set up", () => {
    const base = { role: "LEARNER" as const, trainersNeedSecondFactor: true };
    expect(sessionStage({ ...base, hasAuthenticator: false, secondFactorPassed: false })).toBe("full");
    expect(sessionStage({ ...base, hasAuthenticator: true, secondFactorPassed: false })).toBe("code-needed");
    expect(sessionStage({ ...base, hasAuthenticator: true, secondFactorPassed: true })).toBe("full");
    expect(sessionStage({ ...base, role: "ADMIN", hasAuthenticator: false, secondFactorPassed: false })).toBe(
      "setup-needed",
    );
    // A session that passed a factor since removed still needs one set up when the role requires it.
    expect(sessionStage({ ...base, role: "TRAINER", hasAuthenticator: false, secondFactorPassed: true })).toBe(
      "setup-needed",
    );
    expect(
      sessionStage({
        role: "TRAINER",
        trainersNeedSecondFactor: false,
        hasAuthenticator: false,
        secondFactorPassed: false,
      }),
    ).toBe("full");
  });
});

describe("sessions that began with single sign-on", () => {
  const trainer = {
    role: "TRAINER" as const,
    trainersNeedSecondFactor: true,
    hasAuthenticator: false,
    secondFactorPassed: false,
  };
  it("trust the identity provider's own second factor, unless the organisation asks for ours too", () => {
    expect(sessionStage({ ...trainer, viaSso: true, ssoNeedsSecondFactor: false })).toBe("full");
    expect(sessionStage({ ...trainer, viaSso: true, ssoNeedsSecondFactor: true })).toBe("setup-needed");
    expect(sessionStage({ ...trainer, role: "LEARNER", viaSso: true, ssoNeedsSecondFactor: true })).toBe(
      "setup-needed",
    );
    expect(sessionStage({ ...trainer, hasAuthenticator: true, viaSso: true, ssoNeedsSecondFactor: true })).toBe(
      "code-needed",
    );
  });

  it("never stand in for an administrator's own code (a learner signed in that way and promoted since)", () => {
    const admin = { ...trainer, role: "ADMIN" as const, viaSso: true, ssoNeedsSecondFactor: false };
    expect(sessionStage(admin)).toBe("setup-needed");
    expect(sessionStage({ ...admin, hasAuthenticator: true })).toBe("code-needed");
  });
});
