import { openSealedText } from "./sealed-text";
import { LINK_LOST, LINK_NOT_STORED } from "./single-use-links";

export type TStoredEmailText = { text: string; sealedText: string | null; linkExpiresAt: Date | null };

/**
 * What a stored message says now: the full text while its single-use link is live, the redacted text after.
 * An expired seal counts as gone even before the sweep removes it. Plain Node: the e2e tests read links so.
 */
export function readableText(
  message: TStoredEmailText,
  secret: string,
  now = new Date(),
): { text: string; linkLive: boolean } {
  if (!message.sealedText || !message.linkExpiresAt || message.linkExpiresAt <= now)
    return { text: message.text, linkLive: false };
  const opened = openSealedText(message.sealedText, secret);
  if (opened === null) return { text: message.text.split(LINK_NOT_STORED).join(LINK_LOST), linkLive: false };
  return { text: opened, linkLive: true };
}
