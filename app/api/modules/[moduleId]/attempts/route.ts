import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { findModule, getDefaultCourse } from "@/lib/course";
import { getOwnAttempt, recordQuizAttempt } from "@/lib/quiz/attempts";
import { crossSiteRefusal } from "@/lib/security/same-origin";
import { MAX_SUBMISSION_TOKEN_LENGTH } from "@/lib/quiz/submission-token";

const ZSubmission = z.strictObject({
  token: z.string().min(1).max(MAX_SUBMISSION_TOKEN_LENGTH),
  answers: z
    .record(z.string().max(100), z.array(z.string().max(100)).max(50))
    .refine((a) => Object.keys(a).length <= 200, "Too many answers."),
});

/**
 * Submits a quiz attempt as JSON: scored on the server, stored once per token (a retry with the same
 * token gets the same attempt back, 200 rather than 201), in the same transaction as any completion.
 */
export async function POST(request: Request, { params }: { params: Promise<{ moduleId: string }> }) {
  const refused = crossSiteRefusal(request);
  if (refused) return refused;
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "Sign in required." }, { status: 401 });
  const moduleId = (await params).moduleId;
  if (!findModule(getDefaultCourse(), moduleId)) return Response.json({ error: "No such module." }, { status: 404 });
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return Response.json({ error: "The request body must be JSON: { token, answers }." }, { status: 400 });
  }
  const parsed = ZSubmission.safeParse(body);
  if (!parsed.success)
    return Response.json({ error: "Expected { token, answers: { questionId: [optionId, …] } }." }, { status: 400 });
  const result = await recordQuizAttempt(user, getDefaultCourse(), { moduleId, ...parsed.data });
  if (!result.ok) return Response.json({ error: result.message, problems: result.problems ?? [] }, { status: 422 });
  const attempt = await getOwnAttempt(user, result.attemptId);
  return Response.json(
    {
      attemptId: result.attemptId,
      scorePercent: attempt?.scorePercent,
      passed: attempt?.passed,
      certificateNumber: result.certificateNumber ?? null,
    },
    { status: result.created ? 201 : 200 },
  );
}
