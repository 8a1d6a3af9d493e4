import "server-only";
import { currentLocale } from "../i18n/current-locale";
import type { TLocale } from "../errors";

/**
 * The language a request is answered in: the page's own (currentLocale: the person's choice or their organisation's
 * default, signed out the language cookie or Accept-Language), so an action's or a route handler's refusal reads in
 * the language of the page it answers. Read once per request (currentLocale is cached, as is the session it reads).
 */
export function requestLocale(): Promise<TLocale> {
  return currentLocale();
}
