import { z } from "zod";

/** Long beats complicated (NCSC): at least 10 characters, no composition rules. */
export const ZNewPassword = z
  .string()
  .min(10, "Use at least 10 characters: three random words work well.")
  .max(200, "Use at most 200 characters.");

export const ZPasswordPair = z
  .object({ password: ZNewPassword, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The two passwords do not match." });
