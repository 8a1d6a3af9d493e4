import type { TErrorCode, TErrorParams } from "../errors/codes";
import { messageFor, type TLocale } from "../errors/messages";

/** Why a row or a file cannot be imported: a code from lib/errors, worded where it is shown (describeProblems). */
export type TImportProblem = { code: TErrorCode; params?: TErrorParams };

/**
 * A row's (or a file's) problems in words, in the order found, in the reader's language (English by default). No
 * server code here: the preview table uses it.
 */
export function describeProblems(problems: readonly TImportProblem[], locale: TLocale = "en-GB"): string {
  return problems.map((p) => messageFor(p.code, p.params, locale)).join(" ");
}
