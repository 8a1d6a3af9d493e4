import "server-only";
import english from "./messages/en-GB/admin.json";
import welsh from "./messages/cy/admin.json";
import { LOCALES, type TLocale } from "./locales";

// Every shipped language's admin messages, keyed by locale: a locale added to LOCALES without its file here does not
// compile, so its word is accepted from the day its pages ask for it.
const ADMIN_MESSAGES: Record<TLocale, typeof english> = { "en-GB": english, cy: welsh };

/** Where each typed confirmation's word is kept in the messages (the form's label asks for it by the same key). */
const WORD_OF = {
  erase: (messages: typeof english) => messages.AdminPerson.eraseWord,
  revoke: (messages: typeof english) => messages.AdminCertificates.revokeWord,
} as const;

/** A permanent action confirmed by typing a word: erasing a person, revoking a certificate. */
export type TConfirmation = keyof typeof WORD_OF;

/** The word a page in this language asks to be typed (ERASE, DILEU). */
export function confirmationWord(confirmation: TConfirmation, locale: TLocale): string {
  return WORD_OF[confirmation](ADMIN_MESSAGES[locale]);
}

/**
 * Every word that confirms, one per shipped language. An action accepts any of them, not only its reader's: a page
 * drawn in one language and sent after switching to the other still asked for its own word.
 */
export function acceptedConfirmationWords(confirmation: TConfirmation): readonly string[] {
  return LOCALES.map((locale) => confirmationWord(confirmation, locale));
}
