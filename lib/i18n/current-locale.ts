import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { getSignInState } from "../auth/current-user";
import type { TLocale } from "./locales";
import { LANGUAGE_COOKIE } from "./language-cookie";
import { resolveLocale } from "./resolve-locale";

/**
 * The language this request's pages are drawn in (see resolveLocale): the signed-in person's choice or their
 * organisation's default, read with the session's own query; signed out, the language chosen on the page or the
 * browser's. Once per request.
 */
export const currentLocale = cache(async (): Promise<TLocale> => {
  const state = await getSignInState();
  if (state)
    return resolveLocale({ personal: state.language.personal, organisationDefault: state.language.organisation });
  const [jar, head] = await Promise.all([cookies(), headers()]);
  return resolveLocale({
    chosenSignedOut: jar.get(LANGUAGE_COOKIE)?.value,
    acceptLanguage: head.get("accept-language"),
  });
});
