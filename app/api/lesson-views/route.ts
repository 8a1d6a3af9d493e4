import { z } from "zod";
import { readJsonBody, withActorRoute } from "@/lib/edge/route";
import { AppError } from "@/lib/errors";
import { recordLessonView } from "@/lib/progress/queries";

const ZLessonView = z.strictObject({
  moduleId: z.string().min(1).max(100),
  lessonId: z.string().min(1).max(100),
});

/**
 * The lesson page's script saying the lesson is shown: recorded as read, and as one more visit, on the signed-in
 * learner's own record (the page itself writes nothing while it is drawn). Same-site only: another site must not
 * be able to mark lessons read on a learner's behalf.
 */
export const POST = withActorRoute({ sameSiteOnly: true }, async ({ actor, request, course }) => {
  const view = await readJsonBody(request, ZLessonView, "{ moduleId, lessonId }");
  const recorded = await recordLessonView(actor, course, view.moduleId, view.lessonId, { countVisit: true });
  if (!recorded) throw new AppError("LESSON_NOT_FOUND");
  return new Response(null, { status: 204 });
});
