import { z } from "zod";
import { fieldErrorsOf, messageFor, type TLocale } from "../errors";

/** What every form's server action answers. */
export type TActionState = { ok: boolean; message: string | null; fieldErrors?: Record<string, string[] | undefined> };

/**
 * Turns a zod failure into the form's state: a message ("Check the form and try again." unless given) and the field
 * errors, all in the reader's language. The locale is required, so no form can answer a Welsh reader in English by
 * leaving it out (withActor and withoutActor give it to a spec's `invalid` as its third argument).
 */
export function invalid(
  error: z.ZodError,
  locale: TLocale,
  message: string = messageFor("INVALID_INPUT", {}, locale),
): TActionState {
  return { ok: false, message, fieldErrors: fieldErrorsOf(error, locale) };
}
