import { messageFor, type TLocale } from "../errors/messages";
import type { TAttemptRefusal } from "./attempts";
import { retakeWaitMessage } from "./readiness";

/**
 * A refused submission in words, for the quiz form and the API alike: the refusal, and each answer's problem
 * with the question it is about, in the reader's language.
 */
export function attemptRefusalMessage(
  refusal: Omit<TAttemptRefusal, "ok">,
  now: Date,
  locale: TLocale,
): { message: string; problems: { questionId?: string; code: string; message: string }[] } {
  const message =
    refusal.code === "QUIZ_RETAKE_WAIT" && refusal.availableAt
      ? retakeWaitMessage(refusal.availableAt, now, locale)
      : messageFor(refusal.code, {}, locale);
  const problems = (refusal.problems ?? []).map((p) => ({
    ...(p.questionId ? { questionId: p.questionId } : {}),
    code: p.code,
    message: messageFor(p.code, p.params, locale),
  }));
  return { message, problems };
}
