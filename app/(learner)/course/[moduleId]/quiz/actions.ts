"use server";

import { redirect } from "next/navigation";
import { attemptPath } from "@/lib/course/paths";
import { withActor } from "@/lib/edge/action";
import { messageFor } from "@/lib/errors";
import { recordQuizAttempt } from "@/lib/quiz/attempts";
import { attemptRefusalMessage } from "@/lib/quiz/refusal-message";
import { ZQuizFormSubmission } from "@/lib/quiz/submission";

/** `answers`: what was sent, so a form sent back for correction shows it again (also after a post without scripts). */
export type TQuizFormState = {
  message: string | null;
  problemQuestionIds: string[];
  answers?: Record<string, string[]>;
};

/** Answers arrive as fields named "answer:<questionId>", one value per selected option. */
function readAnswers(formData: FormData): Record<string, string[]> {
  // A Map, not an object: a field named "answer:constructor" must not reach Object's prototype.
  const answers = new Map<string, string[]>();
  for (const [key, value] of formData.entries()) {
    if (!key.startsWith("answer:") || typeof value !== "string") continue;
    const id = key.slice("answer:".length);
    answers.set(id, [...(answers.get(id) ?? []), value]);
  }
  return Object.fromEntries(answers);
}

export const submitQuiz = withActor<typeof ZQuizFormSubmission, TQuizFormState>(
  {
    schema: ZQuizFormSubmission,
    read: (formData) => ({
      moduleId: formData.get("moduleId"),
      token: formData.get("token"),
      answers: readAnswers(formData),
    }),
    fail: (message) => ({ message, problemQuestionIds: [] }),
    invalid: (_error, _previous, locale) => ({
      message: messageFor("QUIZ_UNREADABLE", {}, locale),
      problemQuestionIds: [],
    }),
  },
  async ({ actor, input, course, locale }) => {
    const result = await recordQuizAttempt(actor, course, input);
    if (!result.ok) {
      const { message, problems } = attemptRefusalMessage(result, new Date(), locale);
      return {
        message: [message, ...problems.map((p) => p.message)].join(" "),
        problemQuestionIds: problems.flatMap((p) => (p.questionId ? [p.questionId] : [])),
        answers: input.answers,
      };
    }
    redirect(attemptPath(input.moduleId, result.attemptId));
  },
);
