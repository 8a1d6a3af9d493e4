import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { bodyOf, startSmtpServer } from "../testing/smtp-server";
import { testDatabase } from "../testing/test-database";

// A real database and SMTP server: resending is a property of what is stored and what crosses the wire.
const database = testDatabase("email-resend");
delete process.env.SMTP_URL;

const TOKEN = "R".repeat(43);
const LINK = `https://training.example.org/reset-password/${TOKEN}`;
const HOUR = 3600_000;

let db: typeof import("../db/client").db;
let mail: typeof import("./send");
let resend: typeof import("./resend");
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let admin: import("../auth/current-user").TActor;
let trainer: import("../auth/current-user").TActor;

async function held(text = `Hello Ann,\n\nChoose a password:\n${LINK}\n`, linkExpiresAt = new Date(Date.now() + HOUR)) {
  const id = await db.$transaction((tx) =>
    mail.queueEmail(tx, { to: "ann@resend.example", kind: "password-reset", subject: "Reset", text, linkExpiresAt }),
  );
  await mail.deliverEmails([id], { smtpUrl: null });
  return id;
}
const row = (id: string) => db.emailMessage.findUniqueOrThrow({ where: { id } });

beforeAll(async () => {
  await database.migrate();
  [{ db }, mail, resend] = await Promise.all([import("../db/client"), import("./send"), import("./resend")]);
  smtp = await startSmtpServer();
  const org = await db.organisation.create({ data: { name: "Resend School", slug: "resend-school" } });
  const make = async (role: "ADMIN" | "TRAINER") => {
    const u = await db.user.create({
      data: { email: `${role.toLowerCase()}@resend.example`, name: role, role, organisationId: org.id },
    });
    return { id: u.id, name: u.name, email: u.email, role, organisationId: org.id };
  };
  admin = await make("ADMIN");
  trainer = await make("TRAINER");
  vi.spyOn(console, "info").mockImplementation(() => {});
  vi.spyOn(console, "error").mockImplementation(() => {});
});

beforeEach(async () => {
  smtp.received.length = 0;
  await db.emailMessage.deleteMany();
  await db.auditEvent.deleteMany();
});

afterAll(async () => {
  await smtp?.close();
  await db?.$disconnect();
  await database.drop();
});

describe("sending an outbox email again", () => {
  it("without an email server, holds it again, says so, and audits it without the address", async () => {
    const id = await held();
    expect(await resend.resendEmail(admin, id, { smtpUrl: null })).toEqual({
      ok: true,
      outcome: "held",
      to: "ann@resend.example",
    });
    expect(await row(id)).toMatchObject({ status: "OUTBOX", sealedText: expect.any(String) });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "email.resend" } });
    expect(audit).toMatchObject({ actorId: admin.id, targetType: "email", targetId: id });
    expect(JSON.stringify(audit.details)).not.toContain("ann@");
  });

  it("with an email server, delivers it with its live link, through the ordinary sending code", async () => {
    const id = await held();
    expect(await resend.resendEmail(admin, id, { smtpUrl: smtp.url })).toMatchObject({ ok: true, outcome: "sent" });
    expect(bodyOf(smtp.received[0]!.raw)).toContain(LINK);
    expect(await row(id)).toMatchObject({ status: "SENT", sealedText: null, attempts: 1 });
    // Sent is final.
    expect(await resend.resendEmail(admin, id, { smtpUrl: smtp.url })).toEqual({
      ok: false,
      code: "EMAIL_ALREADY_SENT",
    });
    expect(smtp.received).toHaveLength(1);
  });

  it("gives a failed message a fresh set of attempts", async () => {
    const id = await held("Your course is due on 31 January.");
    await db.emailMessage.update({ where: { id }, data: { status: "FAILED", attempts: 8, error: "Refused" } });
    expect(await resend.resendEmail(admin, id, { smtpUrl: smtp.url })).toMatchObject({ ok: true, outcome: "sent" });
    expect(await row(id)).toMatchObject({ status: "SENT", attempts: 1, error: null });
  });

  it("refuses a message whose link has expired, one that is not there, and anyone but an administrator", async () => {
    const id = await held(undefined, new Date(Date.now() + HOUR));
    await db.emailMessage.update({ where: { id }, data: { linkExpiresAt: new Date(Date.now() - 1000) } });
    expect(await resend.resendEmail(admin, id, { smtpUrl: smtp.url })).toEqual({ ok: false, code: "EMAIL_LINK_GONE" });
    expect(await resend.resendEmail(admin, "nope", { smtpUrl: smtp.url })).toEqual({
      ok: false,
      code: "EMAIL_NOT_FOUND",
    });
    const other = await held();
    expect(await resend.resendEmail(trainer, other, { smtpUrl: smtp.url })).toMatchObject({
      ok: false,
      code: "ROLE_REQUIRED",
    });
    expect(smtp.received).toHaveLength(0);
    expect(await db.auditEvent.count()).toBe(0);
  });
});
