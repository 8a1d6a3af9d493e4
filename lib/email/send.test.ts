import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { bodyOf, startSmtpServer } from "../testing/smtp-server";
import { testDatabase } from "../testing/test-database";

// A real database and a real SMTP server on 127.0.0.1: claiming, retrying and sealing are properties of the
// data layer and of what actually crosses the wire, not of a mock's answers.
const database = testDatabase("email-send");
delete process.env.SMTP_URL;

const TOKEN = "T".repeat(43);
const LINK = `https://training.example.org/invite/${TOKEN}`;
const HOUR = 3600_000;

let db: typeof import("../db/client").db;
let mail: typeof import("./send");
let sweep: typeof import("./sweep");
let outbox: typeof import("./outbox");
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let admin: import("../auth/current-user").TActor;

async function queue(text = `Hello Ann,\n\nStart here:\n${LINK}\n`, linkExpiresAt = new Date(Date.now() + HOUR)) {
  return db.$transaction((tx) =>
    mail.queueEmail(tx, {
      to: "ann@send.example",
      kind: "invitation",
      subject: "You are invited",
      text,
      linkExpiresAt,
    }),
  );
}
const row = (id: string) => db.emailMessage.findUniqueOrThrow({ where: { id } });
const makeDue = (id: string) =>
  db.emailMessage.update({ where: { id }, data: { nextAttemptAt: new Date(Date.now() - 1000) } });

beforeAll(async () => {
  await database.migrate();
  [{ db }, mail, sweep, outbox] = await Promise.all([
    import("../db/client"),
    import("./send"),
    import("./sweep"),
    import("./outbox"),
  ]);
  smtp = await startSmtpServer({ user: "mailer", password: "p@ss word" });
  const org = await db.organisation.create({ data: { name: "Send School", slug: "send-school" } });
  const user = await db.user.create({
    data: { email: "admin@send.example", name: "Admin", role: "ADMIN", organisationId: org.id },
  });
  admin = { id: user.id, name: user.name, email: user.email, role: "ADMIN", organisationId: org.id };
  vi.spyOn(console, "info").mockImplementation(() => {});
  vi.spyOn(console, "error").mockImplementation(() => {});
});

beforeEach(async () => {
  smtp.received.length = 0;
  smtp.control.refuse = null;
  await db.emailMessage.deleteMany();
});

afterAll(async () => {
  await smtp?.close();
  await db?.$disconnect();
  await database.drop();
});

describe("a message with a single-use link", () => {
  it("is stored with the link redacted and the full body sealed, and the outbox shows it in full while the link is live", async () => {
    const id = await queue();
    const stored = await row(id);
    expect(stored.text).not.toContain(TOKEN);
    expect(stored.text).toContain("[single-use link: not stored]");
    expect(stored.sealedText).not.toContain(TOKEN);
    expect(JSON.stringify(stored)).not.toContain(TOKEN);
    const [shown] = await outbox.listRecentEmails(admin);
    expect(shown).toMatchObject({ id, linkLive: true });
    expect(shown!.text).toContain(LINK);
    expect(shown).not.toHaveProperty("sealedText");
  });

  it("is redacted in the outbox once the link has expired, and the sweep drops the sealed copy", async () => {
    const id = await queue(undefined, new Date(Date.now() + HOUR));
    const [later] = await outbox.listRecentEmails(admin, 100, new Date(Date.now() + 2 * HOUR));
    expect(later).toMatchObject({ linkLive: false });
    expect(later!.text).not.toContain(TOKEN);
    await db.emailMessage.update({ where: { id }, data: { linkExpiresAt: new Date(Date.now() - 1) } });
    expect(await sweep.sweepStoredLinks()).toMatchObject({ expired: 1 });
    expect((await row(id)).sealedText).toBeNull();
  });

  it("scrubs links stored in plain text before links were sealed", async () => {
    const legacy = await db.emailMessage.create({
      data: {
        toEmail: "old@send.example",
        kind: "password-reset",
        subject: "Reset",
        text: `Hi\nhttp://localhost:3000/reset-password/${TOKEN}\n`,
        status: "OUTBOX",
      },
    });
    const plain = await db.emailMessage.create({
      data: {
        toEmail: "old@send.example",
        kind: "reminder-due-7",
        subject: "Due",
        text: "See https://x.example/course",
        status: "SENT",
      },
    });
    expect(await sweep.sweepStoredLinks()).toMatchObject({ scrubbed: 1 });
    expect((await row(legacy.id)).text).toBe("Hi\n[single-use link: not stored]\n");
    expect((await row(plain.id)).text).toBe("See https://x.example/course");
  });

  it("that cannot be decrypted (the secret changed) fails clearly, and its text says a new link is needed", async () => {
    const { sealText } = await import("./sealed-text");
    const id = await queue();
    await db.emailMessage.update({
      where: { id },
      data: { sealedText: sealText(`Hello\n${LINK}`, "another-secret-another-secret-another-secret") },
    });
    expect(await mail.deliverEmails([id], { smtpUrl: smtp.url })).toMatchObject({ failed: 1 });
    const failed = await row(id);
    expect(failed).toMatchObject({
      status: "FAILED",
      sealedText: null,
      error: expect.stringContaining("could not be decrypted"),
    });
    expect(failed.text).toContain("send the person a new link");
    expect(smtp.received).toHaveLength(0);
  });
});

describe("delivery through SMTP", () => {
  it("authenticates, sends exactly the message with its link, and then forgets the link", async () => {
    const id = await queue();
    expect(await mail.deliverEmails([id], { smtpUrl: smtp.url })).toEqual({ sent: 1, held: 0, retrying: 0, failed: 0 });
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.to).toEqual(["ann@send.example"]);
    expect(bodyOf(smtp.received[0]!.raw)).toContain(LINK);
    expect(smtp.received[0]!.raw).toContain("Subject: You are invited");
    expect(await row(id)).toMatchObject({ status: "SENT", sealedText: null, attempts: 1, error: null });
    expect((await row(id)).text).not.toContain(TOKEN);
    // Delivered once: a second run does nothing.
    await mail.deliverEmails([id], { smtpUrl: smtp.url });
    await mail.deliverDueEmails({ smtpUrl: smtp.url });
    expect(smtp.received).toHaveLength(1);
  });

  it("refused with a wrong password: the message stays queued to retry", async () => {
    const id = await queue();
    const wrong = smtp.url.replace("p%40ss%20word", "wrong");
    expect(await mail.deliverEmails([id], { smtpUrl: wrong })).toMatchObject({ retrying: 1 });
    expect(await row(id)).toMatchObject({ status: "RETRY", attempts: 1 });
  });

  it.each([
    { at: "rcpt" as const, code: 550, message: "Mailbox unavailable" },
    { at: "data" as const, code: 451, message: "Try again later" },
  ])(
    "refused at $at with $code: kept with back-off, then retried by the delivery run and sent once",
    async ({ at, code, message }) => {
      const id = await queue();
      smtp.control.refuse = { at, code, message };
      const before = Date.now();
      expect(await mail.deliverEmails([id], { smtpUrl: smtp.url })).toMatchObject({ retrying: 1 });
      const waiting = await row(id);
      expect(waiting).toMatchObject({ status: "RETRY", attempts: 1, error: expect.stringContaining(String(code)) });
      expect(waiting.sealedText).not.toBeNull();
      expect(waiting.nextAttemptAt!.getTime() - before).toBeGreaterThanOrEqual(60_000 - 50);
      expect(waiting.nextAttemptAt!.getTime() - before).toBeLessThan(2 * 60_000);

      // Not due yet: the run leaves it alone. A second failure waits longer (5 minutes).
      smtp.control.refuse = null;
      expect(await mail.deliverDueEmails({ smtpUrl: smtp.url })).toMatchObject({ sent: 0 });
      smtp.control.refuse = { at, code, message };
      await makeDue(id);
      await mail.deliverDueEmails({ smtpUrl: smtp.url });
      const again = await row(id);
      expect(again).toMatchObject({ status: "RETRY", attempts: 2 });
      expect(again.nextAttemptAt!.getTime() - Date.now()).toBeGreaterThan(4 * 60_000);

      smtp.control.refuse = null;
      await makeDue(id);
      expect(await mail.deliverDueEmails({ smtpUrl: smtp.url })).toMatchObject({ sent: 1 });
      expect(await row(id)).toMatchObject({ status: "SENT", attempts: 3, sealedText: null });
      expect(smtp.received).toHaveLength(1);
      expect(bodyOf(smtp.received[0]!.raw)).toContain(LINK);
    },
  );

  it("with the server down: kept to retry, and sent when it is back", async () => {
    const down = await startSmtpServer();
    const url = down.url;
    await down.close();
    const id = await queue();
    expect(await mail.deliverEmails([id], { smtpUrl: url })).toMatchObject({ retrying: 1 });
    expect(await row(id)).toMatchObject({
      status: "RETRY",
      attempts: 1,
      error: expect.stringMatching(/ECONNREFUSED|connect/i),
    });
    await makeDue(id);
    expect(await mail.deliverDueEmails({ smtpUrl: smtp.url })).toMatchObject({ sent: 1 });
    expect(smtp.received).toHaveLength(1);
  });

  it("gives up after the last attempt, and when the link expired while waiting; the message stays on record", async () => {
    const tired = await queue();
    await db.emailMessage.update({
      where: { id: tired },
      data: { status: "RETRY", attempts: 7, nextAttemptAt: new Date(Date.now() - 1) },
    });
    smtp.control.refuse = { at: "rcpt", code: 550, message: "No such user" };
    await mail.deliverDueEmails({ smtpUrl: smtp.url });
    expect(await row(tired)).toMatchObject({
      status: "FAILED",
      attempts: 8,
      sealedText: null,
      error: expect.stringContaining("after 8 attempts"),
    });

    smtp.control.refuse = null;
    const stale = await queue();
    await db.emailMessage.update({
      where: { id: stale },
      data: {
        status: "RETRY",
        attempts: 1,
        linkExpiresAt: new Date(Date.now() - 1),
        nextAttemptAt: new Date(Date.now() - 1),
      },
    });
    await mail.deliverEmails([stale], { smtpUrl: smtp.url });
    expect(await row(stale)).toMatchObject({
      status: "FAILED",
      sealedText: null,
      error: expect.stringContaining("expired"),
    });
    expect(smtp.received).toHaveLength(0);
  });

  it("is retried by the reminders run", async () => {
    const { runReminders } = await import("../reminders/run");
    const id = await queue();
    await mail.deliverEmails([id], { smtpUrl: `smtp://127.0.0.1:1` });
    expect(await row(id)).toMatchObject({ status: "RETRY", attempts: 1 });
    await makeDue(id);
    await runReminders(db, {
      now: new Date(),
      baseUrl: "https://training.example.org",
      courseId: "no-such-course",
      courseTitle: "None",
      delivery: { smtpUrl: smtp.url },
    });
    expect(await row(id)).toMatchObject({ status: "SENT", attempts: 2, sealedText: null });
    expect(smtp.received).toHaveLength(1);
  });

  it("two runners at once send each message once", async () => {
    const ids = await Promise.all([queue(), queue(), queue()]);
    const results = await Promise.all([
      mail.deliverEmails(ids, { smtpUrl: smtp.url }),
      mail.deliverEmails([...ids].reverse(), { smtpUrl: smtp.url }),
      mail.deliverDueEmails({ smtpUrl: smtp.url }),
    ]);
    expect(results.reduce((n, r) => n + r.sent, 0)).toBe(3);
    expect(smtp.received).toHaveLength(3);
    for (const id of ids) expect(await row(id)).toMatchObject({ status: "SENT", attempts: 1 });
  });

  it("takes over a message whose runner stopped mid-send once its lease has run out", async () => {
    const id = await queue();
    await db.emailMessage.update({
      where: { id },
      data: { status: "SENDING", attempts: 1, nextAttemptAt: new Date(Date.now() + 60_000) },
    });
    expect(await mail.deliverDueEmails({ smtpUrl: smtp.url })).toMatchObject({ sent: 0 });
    await makeDue(id);
    expect(await mail.deliverDueEmails({ smtpUrl: smtp.url })).toMatchObject({ sent: 1 });
    expect(await row(id)).toMatchObject({ status: "SENT", attempts: 2 });
  });
});

describe("without SMTP", () => {
  it("holds messages in the outbox, with no delivery attempt, and keeps a live link readable there", async () => {
    const id = await queue();
    expect(await mail.deliverEmails([id])).toMatchObject({ held: 1 });
    const held = await row(id);
    expect(held).toMatchObject({ status: "OUTBOX", attempts: 0, nextAttemptAt: null });
    expect(held.sealedText).not.toBeNull();
    expect(smtp.received).toHaveLength(0);
    expect(await mail.deliverDueEmails()).toMatchObject({ held: 0, sent: 0 });
    const [shown] = await outbox.listRecentEmails(admin);
    expect(shown!.text).toContain(LINK);
  });
});
