import { z } from "zod";
import { readJsonBody, withActorRoute } from "@/lib/edge/route";
import { AppError } from "@/lib/errors";
import { addLessonTime } from "@/lib/progress/queries";

const ZLessonTime = z.strictObject({
  moduleId: z.string().min(1).max(100),
  lessonId: z.string().min(1).max(100),
  seconds: z
    .number()
    .int()
    .min(1)
    .max(24 * 60 * 60),
});

/**
 * Reading time reported by the lesson page; only ever added to the signed-in learner's own record. Same-site only:
 * another site must not be able to post time on a learner's behalf.
 */
export const POST = withActorRoute({ sameSiteOnly: true }, async ({ actor, request, course }) => {
  const time = await readJsonBody(
    request,
    ZLessonTime,
    "{ moduleId, lessonId, seconds } with seconds a whole number from 1",
  );
  const recorded = await addLessonTime(actor, course, time.moduleId, time.lessonId, time.seconds);
  if (!recorded) throw new AppError("LESSON_NOT_OPENED");
  return new Response(null, { status: 204 });
});
