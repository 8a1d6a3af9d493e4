import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { testDatabase } from "../testing/test-database";

// A real database: the throttle is rows in RateLimitEvent, and what matters is how many emails are queued.
const database = testDatabase("password-reset");
delete process.env.SMTP_URL;

let db: typeof import("../db/client").db;
let accounts: typeof import("./password-reset") & typeof import("./password-reset-for");
let admin: import("../auth/current-user").TActor;
let orgId: string;

beforeAll(async () => {
  await database.migrate();
  [{ db }, accounts] = await Promise.all([
    import("../db/client"),
    Promise.all([import("./password-reset"), import("./password-reset-for")]).then(([a, b]) => ({ ...a, ...b })),
  ]);
  vi.spyOn(console, "info").mockImplementation(() => {});
  const org = await db.organisation.create({ data: { name: "Reset School", slug: "reset-school" } });
  orgId = org.id;
  const user = await db.user.create({
    data: { email: "admin@reset.example", name: "Admin", role: "ADMIN", organisationId: org.id },
  });
  admin = { id: user.id, name: user.name, email: user.email, role: "ADMIN", organisationId: org.id };
});
afterAll(async () => {
  await db?.$disconnect();
  await database.drop();
});

const person = (email: string) => db.user.create({ data: { email, name: "Rita Reset", organisationId: orgId } });
const resetEmails = (email: string) => db.emailMessage.count({ where: { toEmail: email, kind: "password-reset" } });

describe("requestPasswordReset", () => {
  it("sends no reset link to someone whose organisation requires single sign-on, except an administrator", async () => {
    const org = await db.organisation.create({ data: { name: "SSO School", slug: "sso-school", ssoRequired: true } });
    await db.user.create({ data: { email: "sso-only@reset.example", name: "Sol Only", organisationId: org.id } });
    await db.user.create({
      data: { email: "sso-admin@reset.example", name: "Ada Admin", role: "ADMIN", organisationId: org.id },
    });
    await accounts.requestPasswordReset("sso-only@reset.example", "http://localhost", { address: "192.0.2.50" });
    await accounts.requestPasswordReset("sso-admin@reset.example", "http://localhost", { address: "192.0.2.51" });
    expect(await resetEmails("sso-only@reset.example")).toBe(0);
    expect(await resetEmails("sso-admin@reset.example")).toBe(1);
  });

  it("queues at most 3 reset emails an hour to one person, however many requests and from however many addresses", async () => {
    await person("rita@reset.example");
    for (let i = 0; i < 15; i++)
      await accounts.requestPasswordReset("rita@reset.example", "http://localhost", { address: `198.51.100.${i}` });
    expect(await resetEmails("rita@reset.example")).toBe(accounts.RESET_LIMITS.perAccount.max);
    expect(await db.passwordReset.count({ where: { user: { email: "rita@reset.example" } } })).toBe(3);
  });

  it("stops handling requests from one address after 10 in 15 minutes, known accounts or not", async () => {
    const address = "203.0.113.7";
    for (let i = 0; i < 10; i++)
      await accounts.requestPasswordReset(`nobody-${i}@reset.example`, "http://localhost", { address });
    await person("late@reset.example");
    await accounts.requestPasswordReset("late@reset.example", "http://localhost", { address });
    expect(await resetEmails("late@reset.example")).toBe(0);
    await accounts.requestPasswordReset("late@reset.example", "http://localhost", { address: "203.0.113.8" });
    expect(await resetEmails("late@reset.example")).toBe(1);
  });

  it("sends nothing for unknown addresses, and stores the reset link only sealed", async () => {
    await accounts.requestPasswordReset("ghost@reset.example", "http://localhost", { address: "192.0.2.1" });
    expect(await db.emailMessage.count({ where: { toEmail: "ghost@reset.example" } })).toBe(0);
    const sent = await db.emailMessage.findFirstOrThrow({ where: { toEmail: "late@reset.example" } });
    expect(sent.text).not.toMatch(/reset-password\/[A-Za-z0-9_-]{43}/);
    expect(sent.sealedText).toBeTruthy();
    expect(sent.linkExpiresAt!.getTime()).toBeGreaterThan(Date.now() + 59 * 60_000);
  });

  it("an administrator's reset for someone is not held back by the public limits", async () => {
    const rita = await db.user.findUniqueOrThrow({ where: { email: "rita@reset.example" } });
    expect(await accounts.sendPasswordResetFor(admin, rita.id, "http://localhost")).toEqual({ ok: true });
    expect(await resetEmails("rita@reset.example")).toBe(4);
  });
});
