import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabase } from "../testing/test-database";

// A real database: session versions, sign-in failures and the lock notice are rows that other requests read.
const database = testDatabase("sessions-lockout");

let db: typeof import("../db/client").db;
let attempts: typeof import("./sign-in-attempts");
let notice: typeof import("./lock-notice");
let accounts: typeof import("../people/password-reset") &
  typeof import("../people/account-status") &
  typeof import("../people/role-change");
let tokens: typeof import("../people/tokens");
let organisationId: string;

async function makeUser(email: string, role: "LEARNER" | "TRAINER" | "ADMIN" = "LEARNER") {
  return db.user.create({
    data: { email, name: email.split("@")[0]!, role, organisationId, passwordHash: "$argon2id$fake" },
    select: { id: true, email: true, sessionVersion: true },
  });
}

async function fail(email: string, times: number) {
  const keys = attempts.signInKeys(email, "203.0.113.9");
  for (let i = 0; i < times; i++) await attempts.recordSignInAttempt(keys, false);
  return keys;
}

async function resetWithNewLink(userId: string) {
  const { token, tokenHash } = tokens.createLinkToken();
  await db.passwordReset.create({ data: { userId, tokenHash, expiresAt: new Date(Date.now() + 3_600_000) } });
  return accounts.resetPassword(token, "a-new-long-password-for-tests");
}

beforeAll(async () => {
  await database.migrate();
  [{ db }, attempts, notice, accounts, tokens] = await Promise.all([
    import("../db/client"),
    import("./sign-in-attempts"),
    import("./lock-notice"),
    Promise.all([
      import("../people/password-reset"),
      import("../people/account-status"),
      import("../people/role-change"),
    ]).then(([reset, status, role]) => ({ ...reset, ...status, ...role })),
    import("../people/tokens"),
  ]);
  organisationId = (
    await db.organisation.create({ data: { name: "Lock School", slug: "lock-school" }, select: { id: true } })
  ).id;
});

afterAll(() => database.drop());

describe("ending sessions", () => {
  it("a password reset ends every session the person had", async () => {
    const user = await makeUser("reset-sessions@lock.example");
    expect((await resetWithNewLink(user.id)).ok).toBe(true);
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
  });

  it("deactivation and a change of role end the person's sessions; reactivation does not revive them", async () => {
    const admin = await makeUser("admin-sessions@lock.example", "ADMIN");
    const actor = { id: admin.id, name: "Admin", email: admin.email, role: "ADMIN" as const, organisationId };
    const user = await makeUser("role-sessions@lock.example");
    expect((await accounts.changeRole(actor, user.id, "TRAINER")).ok).toBe(true);
    expect((await accounts.setUserActive(actor, user.id, false)).ok).toBe(true);
    expect((await accounts.setUserActive(actor, user.id, true)).ok).toBe(true);
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });
    expect(after.sessionVersion).toBe(2);
  });
});

describe("counting sign-in attempts", () => {
  it("lets at most five of a burst of guesses at one account be checked, and leaves no trace of the refused ones", async () => {
    const keys = attempts.signInKeys("burst@lock.example", "203.0.113.50");
    const started = await Promise.all(Array.from({ length: 12 }, () => attempts.beginSignInAttempt(keys)));
    const checked = started.filter((a) => !a.limited);
    expect(checked.length).toBeLessThanOrEqual(5);
    expect(await db.signInAttempt.count({ where: { emailKey: keys.emailKey } })).toBe(checked.length);
  });

  it("does not refuse many people behind one address signing in at once (a staffroom at the start of a session)", async () => {
    // More than the address's limit of 20, all started and still being checked: none counts against the others.
    const started = [];
    for (let i = 0; i < 25; i++)
      started.push(await attempts.beginSignInAttempt(attempts.signInKeys(`staff-${i}@lock.example`, "203.0.113.60")));
    expect(started.filter((a) => a.limited)).toEqual([]);
    await Promise.all(started.map((a) => attempts.finishSignInAttempt(a, true)));
    expect(await attempts.isSignInLimited(attempts.signInKeys("another@lock.example", "203.0.113.60"))).toBe(false);
  });

  it("refuses the sixth attempt while the fifth is being checked, and a right answer clears the count", async () => {
    const keys = attempts.signInKeys("meanwhile@lock.example", "203.0.113.51");
    await fail("meanwhile@lock.example", 4);
    const mine = await attempts.beginSignInAttempt(keys);
    expect(mine.limited).toBe(false);
    // The fifth failure is mine; a sixth attempt is refused whatever happens to mine afterwards.
    expect((await attempts.beginSignInAttempt(keys)).limited).toBe(true);
    await attempts.finishSignInAttempt(mine, true);
    expect((await attempts.beginSignInAttempt(keys)).limited).toBe(false);
  });
});

describe("an account paused by failed sign-ins", () => {
  it("is unpaused by its owner's password reset", async () => {
    const user = await makeUser("reset-unlocks@lock.example");
    const keys = await fail(user.email, 5);
    expect(await attempts.isSignInLimited(keys)).toBe(true);
    expect((await resetWithNewLink(user.id)).ok).toBe(true);
    expect(await attempts.isSignInLimited(attempts.signInKeys(user.email, "198.51.100.1"))).toBe(false);
  });

  it("tells its owner once per pause, without the link of a reset", async () => {
    const user = await makeUser("told@lock.example");
    await fail(user.email, 4);
    expect(await notice.noticeAccountLock(user.email)).toBeNull();
    await fail(user.email, 1);
    const first = await notice.noticeAccountLock(user.email);
    expect(first).not.toBeNull();
    await fail(user.email, 3);
    expect(await notice.noticeAccountLock(user.email)).toBeNull();
    const messages = await db.emailMessage.findMany({ where: { toUserId: user.id, kind: notice.LOCK_NOTICE_KIND } });
    expect(messages).toHaveLength(1);
    expect(messages[0]!.text).toContain("paused for 15 minutes");
    expect(messages[0]!.text).toContain("/forgot-password");
    expect(messages[0]!.text).not.toMatch(/reset-password\//);
  });

  it("sends nothing for an address with no account, or a deactivated one", async () => {
    await fail("nobody@lock.example", 5);
    expect(await notice.noticeAccountLock("nobody@lock.example")).toBeNull();
    const gone = await makeUser("gone@lock.example");
    await db.user.update({ where: { id: gone.id }, data: { active: false } });
    await fail(gone.email, 5);
    expect(await notice.noticeAccountLock(gone.email)).toBeNull();
  });
});
