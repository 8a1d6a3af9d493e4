import "server-only";
import type { TActor } from "../auth/current-user";
import type { TCourse, TModule } from "../course";
import { db } from "../db/client";
import { getAuthSecret } from "../env";
import { countTimesSeen, drawQuestions } from "./draw";
import { publicQuestions, questionsByIds, type TPublicQuestion } from "./public-quiz";
import { createSubmissionToken } from "./submission-token";

/** Enough history to favour unseen questions; a learner with more attempts than this has seen the bank. */
const HISTORY = 100;

/**
 * A fresh quiz form for this learner: questions drawn from the module's bank, favouring those their
 * earlier attempts did not ask, fixed in the signed token. The draw depends on how many attempts they
 * have made, so reloading the page shows the same questions and only a new attempt draws again.
 * Call only once getQuizReadiness says the quiz is open.
 */
export async function startQuizForm(
  actor: TActor,
  course: TCourse,
  courseModule: TModule,
  now = new Date(),
): Promise<{ token: string; questions: TPublicQuestion[] }> {
  const earlier = await db.quizAttempt.findMany({
    where: { userId: actor.id, courseId: course.id, moduleId: courseModule.id },
    orderBy: { submittedAt: "desc" },
    take: HISTORY,
    select: { answers: true },
  });
  const timesSeen = countTimesSeen(earlier.map((a) => Object.keys((a.answers ?? {}) as object)));
  const ids = drawQuestions(
    courseModule.quiz.questions,
    courseModule.quiz.draw,
    timesSeen,
    `${actor.id}:${courseModule.id}:${earlier.length}`,
  );
  const asked = questionsByIds(courseModule, ids)!;
  const token = createSubmissionToken(actor.id, course.id, courseModule.id, asked, getAuthSecret(), now);
  return { token, questions: publicQuestions(asked, token) };
}
