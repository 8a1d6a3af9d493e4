import type { TLocale } from "../errors";

/**
 * The language a request is answered in. UK English is the only catalogue today; when Welsh arrives this is the
 * one place that reads the person's choice (or Accept-Language), and every action and route handler follows.
 */
export function requestLocale(): TLocale {
  return "en-GB";
}
