// Whether an email in the outbox may be sent again: pure, so each rule is unit-tested. The outbox shows the
// button only where this says yes, and resendEmail asks again at the moment it re-queues the message.
import { LINK_LOST, LINK_NOT_STORED } from "./single-use-links";

export type TResendRefusal = "EMAIL_ALREADY_SENT" | "EMAIL_BEING_SENT" | "EMAIL_LINK_GONE" | "EMAIL_RECIPIENT_ERASED";

export type TResendFacts = { status: string; toEmail: string; text: string; linkLive: boolean };

/** Statuses a message may be sent again from: held, given up on, waiting to retry, or stuck before delivery. */
export const RESENDABLE_STATUSES = ["OUTBOX", "FAILED", "RETRY", "PENDING"] as const;

/** Why this message may not be sent again, or null when it may. */
export function resendRefusal(message: TResendFacts): TResendRefusal | null {
  // Erasure leaves the message on record to an undeliverable address with its text removed (lib/privacy/erase.ts).
  if (/@erased\.invalid$/i.test(message.toEmail) || message.text === "[erased]") return "EMAIL_RECIPIENT_ERASED";
  if (message.status === "SENT") return "EMAIL_ALREADY_SENT";
  if (!(RESENDABLE_STATUSES as readonly string[]).includes(message.status)) return "EMAIL_BEING_SENT";
  // Its link expired or could not be opened: sending the marker in its place would help no one.
  if (!message.linkLive && (message.text.includes(LINK_NOT_STORED) || message.text.includes(LINK_LOST)))
    return "EMAIL_LINK_GONE";
  return null;
}
