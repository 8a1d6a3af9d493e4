import { findModule } from "@/lib/course";
import { withActorRoute, readJsonBody } from "@/lib/edge/route";
import { AppError } from "@/lib/errors";
import { recordQuizAttempt } from "@/lib/quiz/attempts";
import { attemptRefusalMessage } from "@/lib/quiz/refusal-message";
import { ZQuizSubmission } from "@/lib/quiz/submission";

/**
 * Submits a quiz attempt as JSON: scored on the server, stored once per token (a retry with the same
 * token gets the same attempt back, 200 rather than 201), in the same transaction as any completion.
 */
export const POST = withActorRoute<{ moduleId: string }>(
  { sameSiteOnly: true },
  async ({ actor, request, params, course, locale }) => {
    const moduleId = params.moduleId;
    if (!findModule(course, moduleId)) throw new AppError("MODULE_NOT_FOUND");
    const submission = await readJsonBody(
      request,
      ZQuizSubmission,
      "{ token, answers: { questionId: [optionId, …] } }",
    );
    const result = await recordQuizAttempt(actor, course, { moduleId, ...submission });
    if (!result.ok) {
      const { message, problems } = attemptRefusalMessage(result, new Date(), locale);
      return Response.json({ error: message, code: result.code, problems }, { status: 422 });
    }
    return Response.json(
      {
        attemptId: result.attemptId,
        scorePercent: result.scorePercent,
        passed: result.passed,
        certificateNumber: result.certificateNumber ?? null,
      },
      { status: result.created ? 201 : 200 },
    );
  },
);
