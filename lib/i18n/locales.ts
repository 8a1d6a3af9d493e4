import { z } from "zod";

/**
 * The interface languages: UK English and Welsh (organisations in Wales work under the Welsh Language Standards).
 * A locale is a BCP 47 tag: it names the message file (messages/<locale>.json), the `lang` of the page, and the
 * conventions dates and plurals follow.
 */
export const LOCALES = ["en-GB", "cy"] as const;
export type TLocale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: TLocale = "en-GB";

/** Each language's name in itself, as a language menu shows it (a Welsh speaker looks for "Cymraeg"). */
export const LOCALE_NAMES: Record<TLocale, string> = { "en-GB": "English", cy: "Cymraeg" };

export const ZLocale = z.enum(LOCALES);

export function isLocale(value: unknown): value is TLocale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
