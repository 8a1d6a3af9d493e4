import { z } from "zod";

// Names go into email greetings, subjects, certificates and CSV exports: a newline or a tab in one would
// start a new line there (a forged paragraph in an email, a broken row). Every path that takes a name in
// uses ZPersonName; the email templates collapse whitespace again, in case a name arrived another way.

// Whitespace, control characters and line/paragraph separators (\s misses NEL and most controls).
const RUNS_OF_SPACE = /[\s\p{Cc}\p{Zl}\p{Zp}\u200B\u2060]+/gu;

/** Every run of whitespace or control characters becomes one space; the ends are trimmed. */
export function collapseWhitespace(value: string): string {
  return value.replace(RUNS_OF_SPACE, " ").trim();
}

export const normalisePersonName = collapseWhitespace;

export const PERSON_NAME_MAX = 120;

/** A person's name as typed or imported, normalised to one line. */
export const ZPersonName = z
  .string()
  .transform(collapseWhitespace)
  .pipe(z.string().min(2, "FIELD_NAME_MISSING").max(PERSON_NAME_MAX, "FIELD_NAME_TOO_LONG"));
