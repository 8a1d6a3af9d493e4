// Links that let whoever holds them claim an account (invitations, password resets, import welcomes).
// Stored text never keeps one: it is replaced by a marker, and the full body is kept sealed until sent.

export const LINK_NOT_STORED = "[single-use link: not stored]";
export const LINK_LOST = "[single-use link: could not be recovered; send the person a new link]";

// Any scheme and host, then /invite/<token> or /reset-password/<token> (tokens are base64url).
const SINGLE_USE_LINK = /\bhttps?:\/\/[^\s/]+(?:\/[^\s/]+)*?\/(?:invite|reset-password)\/[A-Za-z0-9_-]+/g;

export function hasSingleUseLink(text: string): boolean {
  SINGLE_USE_LINK.lastIndex = 0;
  return SINGLE_USE_LINK.test(text);
}

/** The text with every single-use link replaced by a marker saying it was not stored. */
export function redactSingleUseLinks(text: string, marker: string = LINK_NOT_STORED): string {
  return text.replace(SINGLE_USE_LINK, marker);
}

/** The first single-use link in a message's full text (as the outbox opens it), or null when it has none. */
export function firstSingleUseLink(text: string): string | null {
  return new RegExp(SINGLE_USE_LINK.source).exec(text)?.[0] ?? null;
}
