import { LANGUAGE_COOKIE } from "./language-cookie";
import type { TLocale } from "./locales";
import { resolveLocale } from "./resolve-locale";

/** What headerLocale reads of a request: a NextRequest has both. */
export type TLanguageHeaders = {
  cookies: { get(name: string): { value: string } | undefined };
  headers: Pick<Headers, "get">;
};

/**
 * The language a request carries by itself: the language chosen on a signed-out page (its cookie), else the
 * browser's Accept-Language. For proxy.ts, which answers before anything knows who is asking, so a signed-in
 * person's own choice (kept in the database) is not read: pages and actions use currentLocale, which does.
 */
export function headerLocale(request: TLanguageHeaders): TLocale {
  return resolveLocale({
    chosenSignedOut: request.cookies.get(LANGUAGE_COOKIE)?.value,
    acceptLanguage: request.headers.get("accept-language"),
  });
}
