import { z } from "zod";
import { ZPasswordPair } from "../auth/password-policy";
import { fieldMessage, messageFor, type TErrorCode, type TLocale } from "../errors";

/** What a set-password form (invitation, reset link) sends: its link's token and the new password, twice. */
export const ZSetPasswordForm = z.object({
  token: z.string().max(100),
  pair: ZPasswordPair,
});

export function readSetPasswordForm(formData: FormData) {
  return {
    token: formData.get("token"),
    pair: { password: formData.get("password"), confirm: formData.get("confirm") },
  };
}

/**
 * A set-password form that does not validate: a malformed link first (nothing the person can fix by retyping),
 * else the password's own field errors.
 */
/** The set-password form's state, as far as a refusal fills it (the component's TSetPasswordState). */
type TSetPasswordRefusal = { message: string; errors?: { password?: string[]; confirm?: string[] } };

export function setPasswordInvalid(badLink: TErrorCode) {
  return (error: z.ZodError, _previous?: unknown, locale: TLocale = "en-GB"): TSetPasswordRefusal => {
    if (error.issues.some((issue) => issue.path[0] === "token")) return { message: messageFor(badLink, {}, locale) };
    const errors: { password?: string[]; confirm?: string[] } = {};
    for (const issue of error.issues) {
      const field = issue.path[1];
      if (field === "password" || field === "confirm")
        errors[field] = [...(errors[field] ?? []), fieldMessage(issue, locale)];
    }
    return { message: messageFor("CHECK_PASSWORD", {}, locale), errors };
  };
}
