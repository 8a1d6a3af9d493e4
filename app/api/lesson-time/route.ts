import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { addLessonTime } from "@/lib/progress/queries";
import { crossSiteRefusal } from "@/lib/security/same-origin";
import { getDefaultCourse } from "@/lib/course";

const ZLessonTime = z.strictObject({
  moduleId: z.string().min(1).max(100),
  lessonId: z.string().min(1).max(100),
  seconds: z
    .number()
    .int()
    .min(1)
    .max(24 * 60 * 60),
});

/** Reading time reported by the lesson page; only ever added to the signed-in learner's own record. */
export async function POST(request: Request) {
  // Same-site only: another site must not be able to post time on a learner's behalf.
  const refused = crossSiteRefusal(request);
  if (refused) return refused;
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "Sign in required." }, { status: 401 });
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return Response.json({ error: "The request body must be JSON." }, { status: 400 });
  }
  const parsed = ZLessonTime.safeParse(body);
  if (!parsed.success)
    return Response.json(
      { error: "Expected { moduleId, lessonId, seconds } with seconds a whole number from 1." },
      { status: 400 },
    );
  const recorded = await addLessonTime(
    user,
    getDefaultCourse(),
    parsed.data.moduleId,
    parsed.data.lessonId,
    parsed.data.seconds,
  );
  if (!recorded) return Response.json({ error: "No such lesson has been opened." }, { status: 404 });
  return new Response(null, { status: 204 });
}
