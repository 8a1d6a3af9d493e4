import { findModule } from "@/lib/course";
import { lessonPath } from "@/lib/course/paths";
import { withActorRoute } from "@/lib/edge/route";
import { AppError, messageFor } from "@/lib/errors";
import { getQuizReadiness } from "@/lib/quiz/access";
import { retakeWaitMessage } from "@/lib/quiz/readiness";
import { startQuizForm } from "@/lib/quiz/form";

/** A module's quiz for an API client: the questions without answers, and a token to submit once with. */
export const GET = withActorRoute<{ moduleId: string }>({}, async ({ actor, params, course, locale }) => {
  const courseModule = findModule(course, params.moduleId);
  if (!courseModule) throw new AppError("MODULE_NOT_FOUND");
  const now = new Date();
  const readiness = await getQuizReadiness(actor, course, courseModule, now);
  if (!readiness.open) {
    const headers = { "Cache-Control": "private, no-store" };
    if (readiness.reason === "retake-wait")
      return Response.json(
        {
          error: retakeWaitMessage(readiness.availableAt, now, locale),
          code: "QUIZ_RETAKE_WAIT",
          availableAt: readiness.availableAt.toISOString(),
        },
        { status: 409, headers },
      );
    const unopenedLessons = courseModule.lessons
      .filter((l) => readiness.unopenedLessonIds.includes(l.id))
      .map((l) => ({ id: l.id, title: l.title, path: lessonPath(courseModule.id, l.id) }));
    return Response.json(
      { error: messageFor("QUIZ_LESSONS_UNREAD", {}, locale), code: "QUIZ_LESSONS_UNREAD", unopenedLessons },
      { status: 409, headers },
    );
  }
  const { token, questions } = await startQuizForm(actor, course, courseModule, now);
  return Response.json(
    { moduleId: courseModule.id, passMark: courseModule.passMark, token, questions },
    { headers: { "Cache-Control": "private, no-store" } },
  );
});
