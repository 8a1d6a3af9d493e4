/**
 * What the accessibility statement (/accessibility) says about this app, kept as data so it is changed in one place
 * and reviewed like code: each known issue is something that is true of the app today, with the WCAG 2.2 success
 * criterion it fails and what a person can do meanwhile. Remove an issue when it is fixed (and date the statement).
 */
import { contactUri } from "@/lib/security/security-txt";

/** When the statement was prepared and the app last tested against it (ISO dates). */
export const STATEMENT_PREPARED_ON = "2026-12-03";
export const LAST_TESTED_ON = "2026-12-03";

export type TKnownIssue = {
  /** What does not work, in words a person who meets it would use. */
  problem: string;
  /** The WCAG 2.2 success criteria it fails, e.g. "1.4.1 Use of colour". */
  criteria: string[];
  /** What to do until it is fixed. */
  workaround: string;
};

export const KNOWN_ACCESSIBILITY_ISSUES: TKnownIssue[] = [
  {
    problem:
      "Certificates and the trainers' evidence pack are PDF files without tags, so a screen reader can read their text but not their structure (headings, tables) or a reliable reading order.",
    criteria: ["1.3.1 Info and relationships", "1.3.2 Meaningful sequence"],
    workaround:
      "Everything on a certificate is also on the Certificates page and on its public check page (/verify); the evidence pack's figures are on the trainer dashboard and in its CSV download.",
  },
  {
    problem:
      "On the trainer dashboard, each learner's progress through the modules is drawn as a row of dots whose colour alone says passed, attempted or not attempted, and the words for each dot appear only when a mouse pointer rests on it.",
    criteria: ["1.4.1 Use of colour", "1.4.13 Content on hover or focus"],
    workaround:
      "Screen readers hear how many modules each person has passed; the number of modules passed, the score and the completion date are in the table's other columns, and each person's record lists every module in words.",
  },
  {
    problem:
      "A sign-in lasts 12 hours from when you signed in, however active you are, and there is no warning before it ends.",
    criteria: ["2.2.1 Timing adjustable"],
    workaround:
      "Lessons and quizzes take minutes; a quiz you are part-way through keeps your answers on the page, and you sign in again to send them.",
  },
];

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
