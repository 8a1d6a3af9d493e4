// No zod here: the header's language switch (a client component on every page) imports this file, and zod would
// add ~29 KB gzipped to every page's first load. The schema is in locale-schema.ts, for the server's actions.

/**
 * The interface languages: UK English and Welsh (organisations in Wales work under the Welsh Language Standards).
 * A locale is a BCP 47 tag: it names the message folder (messages/<locale>/), the `lang` of the page, and the
 * conventions dates and plurals follow.
 */
export const LOCALES = ["en-GB", "cy"] as const;
export type TLocale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: TLocale = "en-GB";

/** Each language's name in itself, as a language menu shows it (a Welsh speaker looks for "Cymraeg"). */
export const LOCALE_NAMES: Record<TLocale, string> = { "en-GB": "English", cy: "Cymraeg" };

export function isLocale(value: unknown): value is TLocale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
