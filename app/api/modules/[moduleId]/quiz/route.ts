import { getCurrentUser } from "@/lib/auth/current-user";
import { findModule } from "@/lib/course";
import { getAuthSecret } from "@/lib/env";
import { publicQuestions } from "@/lib/quiz/public-quiz";
import { createSubmissionToken } from "@/lib/quiz/submission-token";

/** A module's quiz for an API client: the questions without answers, and a token to submit once with. */
export async function GET(_request: Request, { params }: { params: Promise<{ moduleId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "Sign in required." }, { status: 401 });
  const courseModule = findModule((await params).moduleId);
  if (!courseModule) return Response.json({ error: "No such module." }, { status: 404 });
  const token = createSubmissionToken(user.id, courseModule.id, getAuthSecret());
  return Response.json(
    { moduleId: courseModule.id, passMark: courseModule.passMark, token, questions: publicQuestions(courseModule, token) },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}
