import { match } from "@formatjs/intl-localematcher";
import { DEFAULT_LOCALE, isLocale, LOCALES, type TLocale } from "./locales";

export type TLocaleSources = {
  /** The signed-in person's own choice (null: they have not chosen, so their organisation's default applies). */
  personal?: string | null;
  /** Their organisation's default language. */
  organisationDefault?: string | null;
  /** The language chosen on a signed-out page (kept in a cookie until they sign in). */
  chosenSignedOut?: string | null;
  /** The browser's Accept-Language header, for someone who has chosen nothing. */
  acceptLanguage?: string | null;
};

/**
 * Which language a page is drawn in. A person's own choice comes first, then their organisation's default; signed
 * out, the language chosen on the page, then the browser's preference; UK English when nothing says otherwise.
 * A value that is not one of ours (an old or forged cookie, a column edited by hand) is passed over, never shown.
 */
export function resolveLocale(sources: TLocaleSources): TLocale {
  for (const candidate of [sources.personal, sources.organisationDefault, sources.chosenSignedOut]) {
    if (isLocale(candidate)) return candidate;
  }
  const preferred = preferredLanguages(sources.acceptLanguage);
  if (preferred.length === 0) return DEFAULT_LOCALE;
  try {
    const matched = match(preferred, [...LOCALES], DEFAULT_LOCALE);
    return isLocale(matched) ? matched : DEFAULT_LOCALE;
  } catch {
    // A malformed tag in the header (RangeError from the matcher): fall back rather than fail the page.
    return DEFAULT_LOCALE;
  }
}

/** The header's languages in order of preference ("cy-GB,cy;q=0.9,en;q=0.8" → ["cy-GB", "cy", "en"]). */
export function preferredLanguages(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => /^[a-z]{1,8}(-[a-z0-9]{1,8})*$/i.test(entry.tag) && entry.q > 0 && entry.q <= 1)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((entry) => entry.tag)
    .slice(0, 10);
}
