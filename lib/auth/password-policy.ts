import { z } from "zod";

// Messages are FIELD_* codes, worded by fieldErrorsOf() (lib/errors) in the person's language.

/** Long beats complicated (NCSC): at least 10 characters, no composition rules. */
export const ZNewPassword = z.string().min(10, "FIELD_PASSWORD_TOO_SHORT").max(200, "FIELD_PASSWORD_TOO_LONG");

export const ZPasswordPair = z
  .object({ password: ZNewPassword, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "FIELD_PASSWORDS_DIFFER" });
