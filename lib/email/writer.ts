// What an email is written with: its recipient's language's messages (the "Email…" namespaces of
// lib/i18n/messages/<locale>/documents.json) and that language's dates. Plain Node, no server-only: the wording
// functions take a writer, so tests and scripts write emails in either language without a request.
import { createTranslator } from "use-intl/core";
import { ORGANISATION_TIME_ZONE } from "../dates/calendar-day";
import { formatCalendarDay, formatDate } from "../format/dates";
import { resolveLocale } from "../i18n/resolve-locale";
import { loadMessages, type TMessages } from "../i18n/messages";
import { LOCALES, type TLocale } from "../i18n/locales";

function makeWriter(locale: TLocale, messages: TMessages) {
  const t = createTranslator({ locale, messages, timeZone: ORGANISATION_TIME_ZONE });
  return {
    locale,
    t,
    /** "31 March 2027" / "31 Mawrth 2027": the day an instant falls on where the organisation is. */
    date: (date: Date) => formatDate(date, { locale }),
    /** A calendar day written "2027-03-31", as the reader writes it. */
    day: (day: string) => formatCalendarDay(day, { locale }),
  };
}

export type TEmailWriter = ReturnType<typeof makeWriter>;

const writers = new Map<TLocale, Promise<TEmailWriter>>();

/** The writer of one language, made once per process. */
export function emailWriter(locale: TLocale): Promise<TEmailWriter> {
  let writer = writers.get(locale);
  if (!writer) {
    writer = loadMessages(locale).then((messages) => makeWriter(locale, messages));
    writers.set(locale, writer);
  }
  return writer;
}

/** Every language's writer, for a batch whose recipients read different languages. */
export async function emailWriters(): Promise<Record<TLocale, TEmailWriter>> {
  const all = await Promise.all(LOCALES.map((locale) => emailWriter(locale)));
  return Object.fromEntries(all.map((w) => [w.locale, w])) as Record<TLocale, TEmailWriter>;
}

/**
 * The language an email is written in: the recipient's own choice (User.language), else their organisation's
 * default (Organisation.defaultLanguage), else UK English; someone with no account yet (an invitation) has only the
 * organisation's. The same rule as the pages they read (resolveLocale), without the browser's say: an email is
 * written away from any browser.
 */
export function emailLocale(recipient: { language?: string | null; organisationDefault?: string | null }): TLocale {
  return resolveLocale({ personal: recipient.language, organisationDefault: recipient.organisationDefault });
}
