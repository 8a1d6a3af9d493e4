import { telHref } from "./tel";

export type TPhoneSegment = { kind: "text"; text: string } | { kind: "phone"; text: string; href: string };

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A pattern that finds any of these numbers as written, with any space between their groups, but not inside a
 * longer number: "999" is found in "call 999." and not in "1999" or "9,999".
 */
export function phoneNumberPattern(phones: readonly string[]): RegExp {
  const alternatives = [...new Set(phones)]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.trim().split(/\s+/).map(escapeRegExp).join("[\\s\\u00a0]+"));
  return new RegExp(`(?<![\\d+,.])(?:${alternatives.join("|")})(?![\\d]|[,.]\\d)`, "g");
}

/** Splits text around the given phone numbers, so that each can be shown as a `tel:` link a phone dials on a tap. */
export function splitPhoneNumbers(text: string, phones: readonly string[]): TPhoneSegment[] {
  if (!phones.length) return [{ kind: "text", text }];
  const segments: TPhoneSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(phoneNumberPattern(phones))) {
    const at = match.index ?? 0;
    if (at > last) segments.push({ kind: "text", text: text.slice(last, at) });
    segments.push({ kind: "phone", text: match[0], href: telHref(match[0]) });
    last = at + match[0].length;
  }
  if (last < text.length || !segments.length) segments.push({ kind: "text", text: text.slice(last) });
  return segments;
}
