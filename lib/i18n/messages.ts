import type { TLocale } from "./locales";
import english from "./messages/en-GB.json";

/** The shape of every message file: the English one is the reference the others are checked against. */
export type TMessages = typeof english;

/** A language's interface text. Imported on demand, so a page carries only its own language's messages. */
export async function loadMessages(locale: TLocale): Promise<TMessages> {
  switch (locale) {
    case "cy":
      return (await import("./messages/cy.json")).default;
    case "en-GB":
      return english;
  }
}
