/**
 * What the accessibility statement (/accessibility) says about this app, kept as data so it is changed in one place
 * and reviewed like code: each known issue is something that is true of the app today, with the WCAG 2.2 success
 * criterion it fails and what a person can do meanwhile (its words in every language in the message files, the
 * AccessibilityStatement namespace). Remove an issue when it is fixed (and date the statement).
 */
import { contactUri } from "@/lib/security/security-txt";
import english from "@/lib/i18n/messages/en-GB/sign-in.json" with { type: "json" };

/** The statement's English words (the page takes each language's from its messages). */
const STATEMENT = english.AccessibilityStatement;

/** When the statement was prepared and the app last tested against it (ISO dates). */
export const STATEMENT_PREPARED_ON = "2026-12-03";
export const LAST_TESTED_ON = "2026-12-03";

/** The WCAG 2.2 success criteria an issue can fail, by number; their names are in the message files. */
export const WCAG_CRITERIA = {
  "info-and-relationships": "1.3.1",
  "meaningful-sequence": "1.3.2",
  "use-of-colour": "1.4.1",
  "content-on-hover-or-focus": "1.4.13",
  "timing-adjustable": "2.2.1",
} as const;
export type TCriterion = keyof typeof WCAG_CRITERIA;

/**
 * Each known issue: an id naming its words in the message files (AccessibilityStatement.issues.<id>: what does not
 * work, in words a person who meets it would use, and what to do until it is fixed) and the criteria it fails.
 */
const ISSUES = [
  { id: "untagged-pdfs", criteria: ["info-and-relationships", "meaningful-sequence"] },
  { id: "progress-dots", criteria: ["use-of-colour", "content-on-hover-or-focus"] },
  { id: "session-length", criteria: ["timing-adjustable"] },
] as const satisfies readonly { id: keyof typeof STATEMENT.issues; criteria: readonly TCriterion[] }[];

export type TKnownIssue = {
  id: (typeof ISSUES)[number]["id"];
  criterionIds: readonly TCriterion[];
  /** In English, as the tests read it: what does not work. */
  problem: string;
  /** The WCAG 2.2 success criteria it fails, e.g. "1.4.1 Use of colour". */
  criteria: string[];
  /** What to do until it is fixed. */
  workaround: string;
};

export const KNOWN_ACCESSIBILITY_ISSUES: TKnownIssue[] = ISSUES.map((issue) => ({
  id: issue.id,
  criterionIds: issue.criteria,
  problem: STATEMENT.issues[issue.id].problem,
  criteria: issue.criteria.map((c) => `${WCAG_CRITERIA[c]} ${STATEMENT.criteria[c]}`),
  workaround: STATEMENT.issues[issue.id].workaround,
}));

export type TAccessibilityContact = { href: string; label: string };

/**
 * Where people report an accessibility problem: ACCESSIBILITY_CONTACT (an email or an https:// address), or else the
 * conventional accessibility@ address of the site's own domain, so every operator's statement names their own inbox.
 */
export function accessibilityContact(configured: string | undefined, baseUrl: string): TAccessibilityContact {
  const uri = configured ? contactUri(configured) : null;
  if (uri) return { href: uri, label: uri.replace(/^mailto:/, "") };
  const email = `accessibility@${new URL(baseUrl).hostname}`;
  return { href: `mailto:${email}`, label: email };
}
