import type { TLocale } from "./locales";
import english from "./messages/en-GB";

/** The shape of every message file: the English one is the reference the others are checked against. */
export type TMessages = typeof english;

/** A language's interface text. Imported on demand, so a page carries only its own language's messages. */
export async function loadMessages(locale: TLocale): Promise<TMessages> {
  switch (locale) {
    case "cy":
      return (await import("./messages/cy")).default;
    case "en-GB":
      return english;
  }
}

/** A language's messages as the area files they are kept in (messages/<locale>/<area>.json), for the checks. */
export async function loadMessageAreas(locale: TLocale): Promise<Record<string, Record<string, unknown>>> {
  switch (locale) {
    case "cy":
      return (await import("./messages/cy")).AREAS;
    case "en-GB":
      return (await import("./messages/en-GB")).AREAS;
  }
}
