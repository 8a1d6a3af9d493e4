/**
 * The site's security.txt (RFC 9116): whom to tell about a vulnerability, in which language, and under
 * what policy. This project is self-hosted, so the contact is each operator's own (SECURITY_CONTACT);
 * without one, the conventional security@ address of the site's own domain stands in, and a comment says so.
 */

/** How long a served file stays valid: short, so a changed contact is picked up, and the file is never stale. */
export const SECURITY_TXT_VALID_DAYS = 30;

type TSecurityTxtInput = { baseUrl: string; contact?: string; policyUrl?: string; now: Date };

/** One Contact URI from what an operator wrote: an email address becomes mailto:, a web address stays. */
export function contactUri(value: string): string | null {
  const v = value.trim();
  if (/^[^\s@<>:/]+@[^\s@<>/]+\.[^\s@<>/]+$/.test(v)) return `mailto:${v}`;
  if (/^(mailto:[^\s<>]+@[^\s<>]+|tel:\+?[\d-]+|https:\/\/[^\s<>]+)$/i.test(v)) return v;
  return null;
}

export function securityTxt({ baseUrl, contact, policyUrl, now }: TSecurityTxtInput): string {
  const host = new URL(baseUrl).hostname;
  const contacts = (contact ?? "")
    .split(",")
    .map(contactUri)
    .filter((c): c is string => c !== null);
  const expires = new Date(now.getTime() + SECURITY_TXT_VALID_DAYS * 86_400_000);
  expires.setUTCHours(0, 0, 0, 0);
  const lines = [
    "# How to report a security problem with this site. See https://www.rfc-editor.org/rfc/rfc9116",
    ...(contacts.length
      ? contacts.map((c) => `Contact: ${c}`)
      : [
          "# The operator has not set SECURITY_CONTACT: this is the conventional address for the site's domain.",
          `Contact: mailto:security@${host}`,
        ]),
    `Expires: ${expires.toISOString().replace(/\.\d{3}Z$/, "Z")}`,
    "Preferred-Languages: en",
    `Canonical: ${baseUrl}/.well-known/security.txt`,
    ...(policyUrl ? [`Policy: ${policyUrl}`] : []),
  ];
  return `${lines.join("\n")}\n`;
}
