import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startSmtpServer } from "../testing/smtp-server";
import { testDatabase } from "../testing/test-database";
import { invitationEmail, passwordResetEmail } from "./messages";
import { emailLocale } from "./writer";

// Which language an email is written in is decided when it is queued, from the database: a real one here, and a real
// SMTP server to show the Welsh letters arrive as written.
const database = testDatabase("email-language");
delete process.env.SMTP_URL;

let db: typeof import("../db/client").db;
let mail: typeof import("./send");
let runReminders: typeof import("../reminders/run").runReminders;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
const org: Record<"english" | "welsh", string> = { english: "", welsh: "" };

const person = async (key: string, organisationId: string, language: string | null) =>
  (
    await db.user.create({
      data: { email: `${key}@lang.example`, name: `Person ${key}`, role: "LEARNER", organisationId, language },
    })
  ).id;

/** Queues a password reset to the person (or, with no person, an invitation to the organisation) and reads it back. */
async function queued(to: { userId?: string; organisationId: string }) {
  const id = await db.$transaction((tx) =>
    mail.queueEmail(tx, {
      to: "someone@lang.example",
      toUserId: to.userId ?? null,
      organisationId: to.organisationId,
      kind: to.userId ? "password-reset" : "invitation",
      write: (w) =>
        to.userId
          ? passwordResetEmail(w, { name: "Sam", link: "https://t.example/login", minutes: 60 })
          : invitationEmail(w, {
              name: "Sam",
              inviterName: "Priya",
              organisationName: "Ysgol Gŵyr",
              courseTitle: "Online safety",
              link: "https://t.example/login",
              days: 7,
            }),
    }),
  );
  return db.emailMessage.findUniqueOrThrow({ where: { id } });
}

/** A received message's header or body decoded as a mail reader would (MIME encoded words, quoted-printable, UTF-8). */
function decoded(raw: string) {
  const end = raw.indexOf("\r\n\r\n");
  const [head, body] = [raw.slice(0, end), raw.slice(end + 4)];
  const unfolded = head.replace(/\r\n[ \t]+/g, " ");
  const qp = (s: string, underscores: boolean) =>
    Buffer.from(
      (underscores ? s.replace(/_/g, " ") : s.replace(/=\r\n/g, "")).replace(/=([0-9A-F]{2})/gi, (_m, h: string) =>
        String.fromCharCode(parseInt(h, 16)),
      ),
      "latin1",
    ).toString("utf8");
  const subject = (/^Subject: (.*)$/im.exec(unfolded)?.[1] ?? "")
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_m, enc: string, text: string) =>
      enc.toUpperCase() === "B" ? Buffer.from(text, "base64").toString("utf8") : qp(text, true),
    );
  const quoted = /Content-Transfer-Encoding: quoted-printable/i.test(head);
  const base64 = /Content-Transfer-Encoding: base64/i.test(head);
  const text = base64 ? Buffer.from(body, "base64").toString("utf8") : quoted ? qp(body, false) : body;
  return { subject, text };
}

beforeAll(async () => {
  await database.migrate();
  [{ db }, mail, { runReminders }] = await Promise.all([
    import("../db/client"),
    import("./send"),
    import("../reminders/run"),
  ]);
  smtp = await startSmtpServer();
  org.english = (await db.organisation.create({ data: { name: "Oak", slug: "oak" } })).id;
  org.welsh = (await db.organisation.create({ data: { name: "Gŵyr", slug: "gwyr", defaultLanguage: "cy" } })).id;
  vi.spyOn(console, "info").mockImplementation(() => {});
});

afterAll(async () => {
  await smtp?.close();
  await db?.$disconnect();
  await database.drop();
});

describe("the language of an email", () => {
  it("is the person's own choice, else their organisation's default, else UK English", () => {
    expect(emailLocale({ language: "cy", organisationDefault: "en-GB" })).toBe("cy");
    expect(emailLocale({ language: "en-GB", organisationDefault: "cy" })).toBe("en-GB");
    expect(emailLocale({ language: null, organisationDefault: "cy" })).toBe("cy");
    // A value that is not one of ours (edited by hand) is passed over.
    expect(emailLocale({ language: "fr", organisationDefault: "cy" })).toBe("cy");
    expect(emailLocale({ language: null, organisationDefault: null })).toBe("en-GB");
  });

  it("is read from the recipient's record when the email is queued", async () => {
    const welshChooser = await person("chooser", org.english, "cy");
    const follower = await person("follower", org.welsh, null);
    const englishChooser = await person("english", org.welsh, "en-GB");
    const plain = await person("plain", org.english, null);
    expect((await queued({ userId: welshChooser, organisationId: org.english })).subject).toBe(
      "Ailosod eich cyfrinair ar gyfer hyfforddiant diogelu",
    );
    expect((await queued({ userId: follower, organisationId: org.welsh })).text).toContain("o fewn 60 munud");
    expect((await queued({ userId: englishChooser, organisationId: org.welsh })).subject).toBe(
      "Reset your password for safeguarding training",
    );
    expect((await queued({ userId: plain, organisationId: org.english })).text).toContain("within 60 minutes");
  });

  it("of an invitation, to someone with no account yet, is their organisation's default", async () => {
    expect((await queued({ organisationId: org.welsh })).subject).toBe("Gwahoddiad i hyfforddiant diogelu: Ysgol Gŵyr");
    expect((await queued({ organisationId: org.english })).subject).toBe(
      "You are invited to safeguarding training with Ysgol Gŵyr",
    );
  });

  it("is fixed when queued: a later change of language leaves a queued email as it was written", async () => {
    const changer = await person("changer", org.english, "cy");
    const before = await queued({ userId: changer, organisationId: org.english });
    await db.user.update({ where: { id: changer }, data: { language: "en-GB" } });
    expect((await db.emailMessage.findUniqueOrThrow({ where: { id: before.id } })).subject).toBe(before.subject);
    expect((await queued({ userId: changer, organisationId: org.english })).subject).toMatch(/^Reset your password/);
  });

  it("reaches the reader through SMTP with its Welsh letters intact", async () => {
    const id = (await queued({ organisationId: org.welsh })).id;
    expect(await mail.deliverEmails([id], { smtpUrl: smtp.url })).toMatchObject({ sent: 1 });
    const { subject, text } = decoded(smtp.received.at(-1)!.raw);
    expect(subject).toBe("Gwahoddiad i hyfforddiant diogelu: Ysgol Gŵyr");
    expect(text).toContain("Mae Priya wedi eich gwahodd i ddilyn cwrs diogelu Ysgol Gŵyr");
    expect(text).toContain("am 7 diwrnod");
  });

  it("of a reminder follows each recipient: a Welsh learner's and an English trainer's digest about them", async () => {
    const learner = await person("reminded", org.welsh, null);
    const trainer = await db.user.create({
      data: {
        email: "trainer@lang.example",
        name: "Taylor",
        role: "TRAINER",
        organisationId: org.welsh,
        language: "en-GB",
      },
    });
    const dueAt = new Date("2027-03-31T12:00:00Z");
    await db.enrolment.create({
      data: { userId: learner, organisationId: org.welsh, courseId: "lang-course", dueAt },
    });
    await runReminders(db, {
      now: new Date("2027-04-02T12:00:00Z"),
      baseUrl: "https://t.example",
      courseId: "lang-course",
      courseTitle: "Online safety",
      delivery: { smtpUrl: null },
    });
    const toLearner = await db.emailMessage.findFirstOrThrow({ where: { toUserId: learner } });
    expect(toLearner.subject).toBe("Mae eich hyfforddiant diogelu yn hwyr");
    expect(toLearner.text).toContain("erbyn 31 Mawrth 2027");
    const digest = await db.emailMessage.findFirstOrThrow({ where: { toUserId: trainer.id } });
    expect(digest.subject).toBe("1 learner is overdue for safeguarding training");
    expect(digest.text).toContain("due by 31 March 2027");
  });
});
