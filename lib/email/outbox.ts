import "server-only";
import type { TActor } from "../auth/current-user";
import { db } from "../db/client";
import { TAccessDenied } from "../people/scope";

/** The latest emails, with their text (which holds their links): administrators only. */
export async function listRecentEmails(actor: TActor, take = 100) {
  if (actor.role !== "ADMIN") throw new TAccessDenied("Only administrators can read the outbox.");
  return db.emailMessage.findMany({
    orderBy: { createdAt: "desc" }, take,
    select: { id: true, toEmail: true, kind: true, subject: true, text: true, status: true, error: true, createdAt: true, sentAt: true },
  });
}
