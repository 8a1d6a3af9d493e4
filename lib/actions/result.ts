import { z } from "zod";
import { fieldErrorsOf, messageFor, type TLocale } from "../errors";

/** What every form's server action answers. */
export type TActionState = { ok: boolean; message: string | null; fieldErrors?: Record<string, string[] | undefined> };

/** Turns a zod failure into the form's field errors. */
export function invalid(
  error: z.ZodError,
  message = messageFor("INVALID_INPUT"),
  locale: TLocale = "en-GB",
): TActionState {
  return { ok: false, message, fieldErrors: fieldErrorsOf(error, locale) };
}
