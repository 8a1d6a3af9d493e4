"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { attemptPath } from "@/lib/course/paths";
import { recordQuizAttempt } from "@/lib/quiz/attempts";
import { MAX_SUBMISSION_TOKEN_LENGTH } from "@/lib/quiz/submission-token";
import { getDefaultCourse } from "@/lib/course";

/** `answers`: what was sent, so a form sent back for correction shows it again (also after a post without scripts). */
export type TQuizFormState = {
  message: string | null;
  problemQuestionIds: string[];
  answers?: Record<string, string[]>;
};

const ZSubmission = z.object({
  moduleId: z.string().min(1).max(100),
  token: z.string().min(1).max(MAX_SUBMISSION_TOKEN_LENGTH),
  answers: z
    .record(z.string().max(100), z.array(z.string().max(100)).max(50))
    .refine((a) => Object.keys(a).length <= 200, "Too many answers."),
});

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

export async function submitQuiz(_previous: TQuizFormState, formData: FormData): Promise<TQuizFormState> {
  const user = await getCurrentUser();
  if (!user)
    return { message: "Your session has ended. Sign in again to submit your answers.", problemQuestionIds: [] };
  const parsed = ZSubmission.safeParse({
    moduleId: formData.get("moduleId"),
    token: formData.get("token"),
    answers: readAnswers(formData),
  });
  if (!parsed.success)
    return { message: "Your answers could not be read. Reload the page and try again.", problemQuestionIds: [] };

  const result = await recordQuizAttempt(user, getDefaultCourse(), parsed.data);
  if (!result.ok) {
    return {
      message: [result.message, ...(result.problems ?? []).map((p) => p.message)].join(" "),
      problemQuestionIds: (result.problems ?? []).flatMap((p) => (p.questionId ? [p.questionId] : [])),
      answers: parsed.data.answers,
    };
  }
  redirect(attemptPath(parsed.data.moduleId, result.attemptId));
}
