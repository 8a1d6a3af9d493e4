import { z } from "zod";
import { isErrorCode, type TErrorParams } from "./codes";
import { messageFor, type TLocale } from "./messages";

/**
 * The wording of one zod issue for the person who filled in the form. Schemas carry a FIELD_* code as a check's
 * message (`.min(10, "FIELD_PASSWORD_TOO_SHORT")`); its limits come from the issue itself, so a wording never
 * repeats a number the schema already holds. A message that is not a code (zod's own defaults, for input no form
 * of ours sends) is passed through as it is. The locale is required here and below, so that a form cannot word its
 * fields in English for a Welsh reader by leaving it out.
 */
export function fieldMessage(issue: z.core.$ZodIssue, locale: TLocale): string {
  if (!isErrorCode(issue.message)) return issue.message;
  const params: Record<string, string | number> = {};
  if (issue.code === "too_small") params.min = Number(issue.minimum);
  if (issue.code === "too_big") params.max = Number(issue.maximum);
  if (issue.code === "custom" && issue.params) Object.assign(params, issue.params as TErrorParams);
  return messageFor(issue.message, params, locale);
}

/** Every field's messages, worded: what a form shows under each field. */
export function fieldErrorsOf(error: z.ZodError, locale: TLocale): Record<string, string[] | undefined> {
  return z.flattenError(error, (issue) => fieldMessage(issue, locale)).fieldErrors as Record<
    string,
    string[] | undefined
  >;
}

/** Every message of a failure in one line (a form that shows one message rather than one per field). */
export function issuesInOneLine(error: z.ZodError, locale: TLocale): string {
  return error.issues.map((issue) => fieldMessage(issue, locale)).join(" ");
}
