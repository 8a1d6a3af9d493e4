import "server-only";
import { randomUUID } from "node:crypto";
import nodemailer from "nodemailer";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "../db/client";
import { getAuthSecret, getEnv } from "../env";
import { collapseWhitespace } from "../people/person-name";
import { hasAttemptsLeft, nextAttemptAt, SENDING_LEASE_MINUTES } from "./delivery-schedule";
import type { TEmailText } from "./messages";
import { openSealedText, sealText } from "./sealed-text";
import { hasSingleUseLink, LINK_LOST, LINK_NOT_STORED, redactSingleUseLinks } from "./single-use-links";
import { sweepStoredLinks } from "./sweep";
import { emailLocale, emailWriters, type TEmailWriter } from "./writer";

/**
 * linkExpiresAt: when the message's single-use link stops working (its sealed copy is dropped then).
 * `write` words the message in its recipient's language (see queueEmails); `subject` and `text` are taken as given.
 */
export type TEmail = {
  to: string;
  toUserId?: string | null;
  organisationId?: string | null;
  kind: string;
  linkExpiresAt?: Date;
} & (TEmailText | { write: (writer: TEmailWriter) => TEmailText });

/** What queueing reads besides the email log: the recipient's language, and their organisation's. */
export type TQueueClient = Pick<Prisma.TransactionClient, "emailMessage" | "user" | "organisation">;

// Without an expiry from the caller, a sealed link is kept no longer than a day (the outbox then shows the marker).
const DEFAULT_LINK_HOURS = 24;

/**
 * The stored form of a message: a working single-use link never goes into `text`. The full body is kept
 * only sealed (encrypted with a key from NEXTAUTH_SECRET), until delivery or the link's expiry.
 */
function storedForm(email: TWrittenEmail) {
  const subject = collapseWhitespace(email.subject);
  const base = {
    toEmail: email.to,
    toUserId: email.toUserId ?? null,
    organisationId: email.organisationId ?? null,
    kind: email.kind,
    subject,
    status: "PENDING",
  };
  if (!hasSingleUseLink(email.text)) return { ...base, text: email.text, sealedText: null, linkExpiresAt: null };
  return {
    ...base,
    text: redactSingleUseLinks(email.text),
    sealedText: sealText(email.text, getAuthSecret()),
    linkExpiresAt: email.linkExpiresAt ?? new Date(Date.now() + DEFAULT_LINK_HOURS * 3600_000),
  };
}

/** Writes the message to the email log, inside the caller's transaction; deliver it after commit. */
export async function queueEmail(tx: TQueueClient, email: TEmail): Promise<string> {
  const [written] = await wordEmails(tx, [email]);
  const row = await tx.emailMessage.create({ data: storedForm(written!), select: { id: true } });
  return row.id;
}

/** Queues many messages in one statement per few hundred (bulk imports). */
export async function queueEmails(tx: TQueueClient, emails: TEmail[]): Promise<string[]> {
  const rows = (await wordEmails(tx, emails)).map((email) => ({ id: randomUUID(), ...storedForm(email) }));
  for (let i = 0; i < rows.length; i += 500) await tx.emailMessage.createMany({ data: rows.slice(i, i + 500) });
  return rows.map((r) => r.id);
}

type TWrittenEmail = Omit<TEmail, "write" | "subject" | "text"> & TEmailText;

/**
 * Each message in words. A message is worded when it is queued, not when it is sent: the log keeps its text (the
 * outbox shows it; a retry or a resend sends it unchanged), so its language is decided now, by the recipient's
 * language at the moment of the event it tells of (emailLocale: their own choice, else their organisation's default;
 * for an invitation, whose recipient has no account yet, the organisation's). Someone who changes language later
 * gets their later emails in the new one.
 */
async function wordEmails(tx: TQueueClient, emails: TEmail[]): Promise<TWrittenEmail[]> {
  const locales = await recipientLocales(tx, emails);
  const writers = locales.size ? await emailWriters() : null;
  return emails.map((email) => {
    if (!("write" in email)) return email;
    const { write, ...rest } = email;
    return { ...rest, ...write(writers![locales.get(email)!]) };
  });
}

const CHUNK = 500;

/** The language of each message still to be worded: its recipient's, or for someone with no account its organisation's. */
async function recipientLocales(tx: TQueueClient, emails: TEmail[]) {
  const toWord = emails.filter((e) => "write" in e);
  const locales = new Map<TEmail, ReturnType<typeof emailLocale>>();
  if (!toWord.length) return locales;
  const userIds = [...new Set(toWord.flatMap((e) => (e.toUserId ? [e.toUserId] : [])))];
  const users = new Map<string, { language: string | null; organisationDefault: string }>();
  for (let i = 0; i < userIds.length; i += CHUNK) {
    const rows = await tx.user.findMany({
      where: { id: { in: userIds.slice(i, i + CHUNK) } },
      select: { id: true, language: true, organisation: { select: { defaultLanguage: true } } },
    });
    for (const u of rows)
      users.set(u.id, { language: u.language, organisationDefault: u.organisation.defaultLanguage });
  }
  // Someone with no account (yet, or any more): their organisation's default.
  const withoutAccount = toWord.filter((e) => !(e.toUserId && users.has(e.toUserId)));
  const organisationIds = [...new Set(withoutAccount.flatMap((e) => (e.organisationId ? [e.organisationId] : [])))];
  const organisations = new Map<string, string>();
  for (let i = 0; i < organisationIds.length; i += CHUNK) {
    const rows = await tx.organisation.findMany({
      where: { id: { in: organisationIds.slice(i, i + CHUNK) } },
      select: { id: true, defaultLanguage: true },
    });
    for (const o of rows) organisations.set(o.id, o.defaultLanguage);
  }
  for (const email of toWord) {
    const user = email.toUserId ? users.get(email.toUserId) : undefined;
    const organisationDefault = email.organisationId ? organisations.get(email.organisationId) : null;
    locales.set(email, emailLocale(user ?? { organisationDefault }));
  }
  return locales;
}

/**
 * Whether this site sends email at all: without SMTP_URL every message waits in the outbox (/admin/outbox), and
 * whoever triggered one should be told so rather than that it was sent.
 */
export function emailIsHeld(): boolean {
  return !getEnv().SMTP_URL;
}

/** smtpUrl: the server to send through (default: SMTP_URL, read on each call); null holds messages in the outbox. */
export type TDeliveryOptions = { smtpUrl?: string | null };
export type TDeliveryResult = { sent: number; held: number; retrying: number; failed: number };

const transports = new Map<string, nodemailer.Transporter>();
function transportFor(smtpUrl: string): nodemailer.Transporter {
  let transport = transports.get(smtpUrl);
  if (!transport) {
    // Short timeouts: a stalled server makes the message wait for its next attempt, not hold up the run.
    transport = nodemailer.createTransport({
      url: smtpUrl,
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 30_000,
    } as nodemailer.TransportOptions);
    transports.set(smtpUrl, transport);
  }
  return transport;
}

const DUE_STATUSES = ["PENDING", "RETRY"];
const due = (now: Date): Prisma.EmailMessageWhereInput => ({
  OR: [
    { status: { in: DUE_STATUSES }, OR: [{ nextAttemptAt: null }, { nextAttemptAt: { lte: now } }] },
    // A runner that stopped mid-send (crash, restart) leaves its lease to run out; then another takes over.
    { status: "SENDING", nextAttemptAt: { lte: now } },
  ],
});

/**
 * Sends queued messages through SMTP when it is configured; each is first claimed with a conditional update
 * (status SENDING with a lease), so two runners at once never both send it. A refusal or an unreachable
 * server leaves it queued (RETRY) with back-off; after the last attempt, or once its link has expired, it is
 * FAILED, and stays on record. Without SMTP (the demo default) messages are held in the outbox for
 * administrators to read; the log says so, without the message's links.
 */
export async function deliverEmails(ids: string[], options: TDeliveryOptions = {}): Promise<TDeliveryResult> {
  const smtpUrl = options.smtpUrl === undefined ? (getEnv().SMTP_URL ?? null) : options.smtpUrl;
  const result: TDeliveryResult = { sent: 0, held: 0, retrying: 0, failed: 0 };
  for (const id of ids) {
    const outcome = smtpUrl ? await deliverOne(id, smtpUrl) : await holdInOutbox(id);
    if (outcome) result[outcome] += 1;
  }
  return result;
}

/** Delivers every message that is due (new, or waiting to be retried), after dropping expired links. */
export async function deliverDueEmails(options: TDeliveryOptions = {}): Promise<TDeliveryResult> {
  await sweepStoredLinks();
  const rows = await db.emailMessage.findMany({
    where: due(new Date()),
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  return deliverEmails(
    rows.map((r) => r.id),
    options,
  );
}

async function holdInOutbox(id: string): Promise<"held" | null> {
  const held = await db.emailMessage.updateMany({
    where: { id, status: { in: DUE_STATUSES } },
    data: { status: "OUTBOX", nextAttemptAt: null },
  });
  if (!held.count) return null;
  const message = await db.emailMessage.findUniqueOrThrow({ where: { id }, select: { kind: true, toEmail: true } });
  console.info(
    `[email] ${message.kind} to ${message.toEmail} held in the outbox (no SMTP_URL configured): see /admin/outbox`,
  );
  return "held";
}

async function deliverOne(id: string, smtpUrl: string): Promise<keyof TDeliveryResult | null> {
  const now = new Date();
  const claimed = await db.emailMessage.updateMany({
    where: { id, ...due(now) },
    data: {
      status: "SENDING",
      nextAttemptAt: new Date(now.getTime() + SENDING_LEASE_MINUTES * 60_000),
      attempts: { increment: 1 },
    },
  });
  if (claimed.count !== 1) return null;
  const message = await db.emailMessage.findUniqueOrThrow({ where: { id } });

  let body = message.text;
  if (message.sealedText) {
    if (!message.linkExpiresAt || message.linkExpiresAt <= now)
      return fail(message, "The link in this email expired before it could be sent: send the person a new one.");
    const opened = openSealedText(message.sealedText, getAuthSecret());
    if (opened === null)
      return fail(
        message,
        "This email's link could not be decrypted (NEXTAUTH_SECRET has changed since it was queued): send the person a new one.",
        true,
      );
    body = opened;
  }
  try {
    await transportFor(smtpUrl).sendMail({
      from: getEnv().EMAIL_FROM,
      to: message.toEmail,
      subject: message.subject,
      text: body,
    });
    await db.emailMessage.update({
      where: { id },
      data: { status: "SENT", sentAt: new Date(), sealedText: null, nextAttemptAt: null, error: null },
    });
    return "sent";
  } catch (error) {
    const reason = (error instanceof Error ? error.message : "unknown error").slice(0, 500);
    if (!hasAttemptsLeft(message.attempts))
      return fail(message, `Not delivered after ${message.attempts} attempts: ${reason}`);
    await db.emailMessage.update({
      where: { id },
      data: { status: "RETRY", error: reason, nextAttemptAt: nextAttemptAt(message.attempts, new Date()) },
    });
    console.error(
      `[email] sending ${message.kind} to ${message.toEmail} failed (attempt ${message.attempts}), will retry: ${reason}`,
    );
    return "retrying";
  }
}

/** Gives up on a message: it stays on record, marked FAILED with the reason, its sealed link dropped. */
async function fail(
  message: { id: string; kind: string; toEmail: string; text: string },
  reason: string,
  linkLost = false,
): Promise<"failed"> {
  await db.emailMessage.update({
    where: { id: message.id },
    data: {
      status: "FAILED",
      error: reason,
      sealedText: null,
      nextAttemptAt: null,
      ...(linkLost ? { text: message.text.split(LINK_NOT_STORED).join(LINK_LOST) } : {}),
    },
  });
  console.error(`[email] ${message.kind} to ${message.toEmail} failed: ${reason}`);
  return "failed";
}
