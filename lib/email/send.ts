import "server-only";
import { randomUUID } from "node:crypto";
import nodemailer from "nodemailer";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "../db/client";
import { getEnv } from "../env";

export type TEmail = { to: string; toUserId?: string | null; organisationId?: string | null; kind: string; subject: string; text: string };

let transport: nodemailer.Transporter | null | undefined;
function getTransport(): nodemailer.Transporter | null {
  if (transport === undefined) transport = getEnv().SMTP_URL ? nodemailer.createTransport(getEnv().SMTP_URL) : null;
  return transport;
}

/** Writes the message to the email log, inside the caller's transaction; deliver it after commit. */
export async function queueEmail(tx: Pick<Prisma.TransactionClient, "emailMessage">, email: TEmail): Promise<string> {
  const row = await tx.emailMessage.create({
    data: {
      toEmail: email.to, toUserId: email.toUserId ?? null, organisationId: email.organisationId ?? null, kind: email.kind,
      subject: email.subject, text: email.text, status: "PENDING",
    },
    select: { id: true },
  });
  return row.id;
}

/** Queues many messages in one statement per few hundred (bulk imports). */
export async function queueEmails(tx: Pick<Prisma.TransactionClient, "emailMessage">, emails: TEmail[]): Promise<string[]> {
  const rows = emails.map((email) => ({
    id: randomUUID(), toEmail: email.to, toUserId: email.toUserId ?? null, organisationId: email.organisationId ?? null,
    kind: email.kind, subject: email.subject, text: email.text, status: "PENDING",
  }));
  for (let i = 0; i < rows.length; i += 500) await tx.emailMessage.createMany({ data: rows.slice(i, i + 500) });
  return rows.map((r) => r.id);
}

/**
 * Sends queued messages through SMTP when it is configured. Without SMTP (the demo default) they
 * stay in the outbox for administrators to read; the log says so, without the message's links.
 */
export async function deliverEmails(ids: string[]): Promise<void> {
  const smtp = getTransport();
  for (const id of ids) {
    const message = await db.emailMessage.findUnique({ where: { id } });
    if (!message || message.status !== "PENDING") continue;
    if (!smtp) {
      await db.emailMessage.update({ where: { id }, data: { status: "OUTBOX" } });
      console.info(`[email] ${message.kind} to ${message.toEmail} held in the outbox (no SMTP_URL configured): see /admin/outbox`);
      continue;
    }
    try {
      await smtp.sendMail({ from: getEnv().EMAIL_FROM, to: message.toEmail, subject: message.subject, text: message.text });
      await db.emailMessage.update({ where: { id }, data: { status: "SENT", sentAt: new Date() } });
    } catch (error) {
      const reason = error instanceof Error ? error.message.slice(0, 500) : "unknown error";
      await db.emailMessage.update({ where: { id }, data: { status: "FAILED", error: reason } });
      console.error(`[email] sending ${message.kind} to ${message.toEmail} failed: ${reason}`);
    }
  }
}
