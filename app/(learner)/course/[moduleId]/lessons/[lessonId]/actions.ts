"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { findLesson } from "@/lib/course";
import { afterLessonPath } from "@/lib/course/paths";
import { withActor } from "@/lib/edge/action";
import { AppError, messageFor } from "@/lib/errors";
import { recordLessonView } from "@/lib/progress/queries";

const ZFinishLesson = z.object({
  moduleId: z.string().min(1).max(100),
  lessonId: z.string().min(1).max(100),
});

/**
 * A lesson's Next: records the lesson as read, then goes on to the module's next lesson or its quiz. A form's POST,
 * so that it works with scripts off (the only record of reading then), and so that nothing following links (a
 * prefetch, a crawler) can mark a lesson read. Where it goes is worked out here, never taken from the form.
 */
export const finishLessonAction = withActor(
  {
    schema: ZFinishLesson,
    read: (formData) => ({ moduleId: formData.get("moduleId"), lessonId: formData.get("lessonId") }),
    invalid: (_error, _previous, locale) => ({ ok: false, message: messageFor("FORM_OUT_OF_DATE", {}, locale) }),
  },
  async ({ actor, course, input }) => {
    const found = findLesson(course, input.moduleId, input.lessonId);
    if (!found) throw new AppError("LESSON_NOT_FOUND");
    await recordLessonView(actor, course, input.moduleId, input.lessonId, { countVisit: false });
    redirect(afterLessonPath(found.module, found.index));
  },
);
