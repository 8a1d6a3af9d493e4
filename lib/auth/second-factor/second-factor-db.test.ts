import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabase } from "../../testing/test-database";
import type { TActor } from "../current-user";
import { currentCode } from "./totp";

// A real database: codes are accepted once even when two requests race, and recovery codes are rows used once.
const database = testDatabase("second-factor");

let db: typeof import("../../db/client").db;
let setup: typeof import("./setup");
let challenge: typeof import("./challenge");
let organisationId: string;
const BASE = "https://training.example";
const ADDRESS = "203.0.113.20";

async function makeActor(role: TActor["role"], email: string): Promise<TActor> {
  const user = await db.user.create({
    data: { email, name: email.split("@")[0]!, role, organisationId, passwordHash: "$argon2id$fake" },
  });
  return { id: user.id, name: user.name, email, role, organisationId };
}

/** Sets up an authenticator as the setup page does: the pending secret, then a code from it. */
async function turnOn(actor: TActor, now = new Date()) {
  const secret = (await setup.pendingSecretFor(actor.id))!;
  const result = await setup.confirmSetup(actor, currentCode(secret, now.getTime()), ADDRESS, BASE, now);
  if (!result.ok) throw new Error(result.code);
  return { secret, recoveryCodes: result.recoveryCodes };
}

beforeAll(async () => {
  await database.migrate();
  [{ db }, setup, challenge] = await Promise.all([import("../../db/client"), import("./setup"), import("./challenge")]);
  organisationId = (
    await db.organisation.create({ data: { name: "Two Step School", slug: "two-step-school" }, select: { id: true } })
  ).id;
});

afterAll(() => database.drop());

describe("setting up an authenticator", () => {
  it("keeps one pending secret until a code from it is typed, then stores it sealed with ten hashed recovery codes", async () => {
    const actor = await makeActor("TRAINER", "setup@two.example");
    const first = await setup.pendingSecretFor(actor.id);
    expect(await setup.pendingSecretFor(actor.id)).toBe(first);
    const wrong = await setup.confirmSetup(
      actor,
      "000000" === currentCode(first!) ? "111111" : "000000",
      ADDRESS,
      BASE,
    );
    expect(wrong).toEqual({ ok: false, code: "SECOND_FACTOR_WRONG_CODE" });

    // One moment for the setup and the replay: a code read again later could fall in the next 30-second step and
    // be a new, valid code rather than the one used for the setup.
    const setUpAt = new Date();
    const { recoveryCodes } = await turnOn(actor, setUpAt);
    expect(recoveryCodes).toHaveLength(10);
    const stored = await db.user.findUniqueOrThrow({ where: { id: actor.id } });
    expect(stored.totpEnabledAt).not.toBeNull();
    expect(stored.totpPendingSecret).toBeNull();
    expect(stored.totpSecret).not.toContain(first!);
    const hashes = await db.recoveryCode.findMany({ where: { userId: actor.id } });
    expect(hashes).toHaveLength(10);
    for (const code of recoveryCodes) expect(hashes.map((h) => h.codeHash).join()).not.toContain(code.replace("-", ""));
    expect(await setup.pendingSecretFor(actor.id)).toBeNull();
    expect(await db.emailMessage.count({ where: { toUserId: actor.id, kind: "second-factor-changed" } })).toBe(1);
    // The code used to set it up cannot then sign in.
    expect(
      (await challenge.checkSignInCode(actor.id, currentCode(first!, setUpAt.getTime()), ADDRESS)).ok,
      "the setup code replayed",
    ).toBe(false);
  });
});

describe("the code after the password", () => {
  it("accepts a code once, even when the same code arrives twice at once", async () => {
    const actor = await makeActor("ADMIN", "race@two.example");
    const setUpAt = new Date(Date.now() - 120_000);
    const { secret } = await turnOn(actor, setUpAt);
    const code = currentCode(secret);
    const answers = await Promise.all([
      challenge.checkSignInCode(actor.id, code, ADDRESS),
      challenge.checkSignInCode(actor.id, code, ADDRESS),
    ]);
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    expect((await challenge.checkSignInCode(actor.id, code, ADDRESS)).ok).toBe(false);
  });

  it("accepts each recovery code once, in any case and with or without its dash", async () => {
    const actor = await makeActor("TRAINER", "recovery@two.example");
    const { recoveryCodes } = await turnOn(actor);
    const used = await challenge.checkSignInCode(actor.id, recoveryCodes[3]!.toUpperCase().replace("-", ""), ADDRESS);
    expect(used).toEqual({ ok: true, method: "password+recovery-code", recoveryCodesLeft: 9 });
    expect((await challenge.checkSignInCode(actor.id, recoveryCodes[3]!, ADDRESS)).ok).toBe(false);
    // Another person's code is not this person's.
    const other = await makeActor("TRAINER", "recovery-other@two.example");
    const { recoveryCodes: theirs } = await turnOn(other);
    expect((await challenge.checkSignInCode(actor.id, theirs[0]!, ADDRESS)).ok).toBe(false);
  });

  it("stops checking after five wrong codes for the account, right code or not", async () => {
    const actor = await makeActor("TRAINER", "limit@two.example");
    const { secret } = await turnOn(actor, new Date(Date.now() - 120_000));
    for (let i = 0; i < 5; i++)
      expect(await challenge.checkSignInCode(actor.id, "abcde-fghjk", `198.51.100.${i}`)).toEqual({
        ok: false,
        code: "SECOND_FACTOR_WRONG_CODE",
      });
    expect(await challenge.checkSignInCode(actor.id, currentCode(secret), "198.51.100.99")).toEqual({
      ok: false,
      code: "SECOND_FACTOR_RATE_LIMITED",
    });
  });

  it("lets no more than five of a burst of wrong codes be checked, and does not count the ones it refused", async () => {
    const actor = await makeActor("TRAINER", "burst@two.example");
    await turnOn(actor, new Date(Date.now() - 120_000));
    const results = await Promise.all(
      Array.from({ length: 12 }, () => challenge.checkSignInCode(actor.id, "abcde-fghjk", "198.51.100.200")),
    );
    const codes = results.map((r) => (r.ok ? "ok" : r.code));
    expect(codes.filter((c) => c === "SECOND_FACTOR_WRONG_CODE").length).toBeLessThanOrEqual(5);
    expect(codes.filter((c) => c === "SECOND_FACTOR_RATE_LIMITED").length).toBeGreaterThanOrEqual(7);
    // The refused ones left no trace: the address (shared with password sign-ins) is not pushed towards its limit.
    const { keyedHash } = await import("../keyed-hash");
    expect(await db.signInAttempt.count({ where: { addressKey: keyedHash("address", "198.51.100.200") } })).toBe(
      codes.filter((c) => c === "SECOND_FACTOR_WRONG_CODE").length,
    );
  });
});

describe("turning it off and resetting it", () => {
  it("lets a learner turn off their own, but not a trainer whose organisation requires it", async () => {
    const learner = await makeActor("LEARNER", "off@two.example");
    await turnOn(learner);
    expect(await setup.turnOffOwnSecondFactor(learner, BASE)).toEqual({ ok: true });
    expect(await db.recoveryCode.count({ where: { userId: learner.id } })).toBe(0);

    const trainer = await makeActor("TRAINER", "cannot-off@two.example");
    await turnOn(trainer);
    expect(await setup.turnOffOwnSecondFactor(trainer, BASE)).toEqual({ ok: false, code: "SECOND_FACTOR_REQUIRED" });
  });

  it("lets an administrator reset another person's, ending their sessions, but not their own, and nobody else", async () => {
    const admin = await makeActor("ADMIN", "resetter@two.example");
    const trainer = await makeActor("TRAINER", "lost-phone@two.example");
    await turnOn(admin);
    await turnOn(trainer);
    const before = await db.user.findUniqueOrThrow({ where: { id: trainer.id }, select: { sessionVersion: true } });

    expect((await setup.resetSecondFactorFor(trainer, admin.id, BASE)).ok).toBe(false);
    expect(await setup.resetSecondFactorFor(admin, admin.id, BASE)).toEqual({
      ok: false,
      code: "CANNOT_RESET_OWN_SECOND_FACTOR",
    });
    expect(await setup.resetSecondFactorFor(admin, trainer.id, BASE)).toEqual({ ok: true });

    const after = await db.user.findUniqueOrThrow({ where: { id: trainer.id } });
    expect(after.totpEnabledAt).toBeNull();
    expect(after.totpSecret).toBeNull();
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await db.recoveryCode.count({ where: { userId: trainer.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { actorId: admin.id, action: "second-factor.reset" } })).toBe(1);
  });
});
