import { getCurrentUser } from "@/lib/auth/current-user";
import { recordAudit } from "@/lib/audit/record";
import { streamLearnersCsv } from "@/lib/compliance/export";
import { readDashboardQuery } from "@/lib/compliance/filters";
import { db } from "@/lib/db/client";
import { TAccessDenied } from "@/lib/people/scope";
import { getDefaultCourse } from "@/lib/course";

/** The dashboard's filtered table as CSV, streamed. Trainers (their organisation) and administrators. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "Sign in required." }, { status: 401 });
  if (user.role === "LEARNER")
    return Response.json({ error: "Only trainers and administrators can export." }, { status: 403 });
  const query = readDashboardQuery(Object.fromEntries(new URL(request.url).searchParams));
  try {
    const filter = { organisationId: query.org, groupId: query.group, status: query.status, q: query.q };
    const stream = await streamLearnersCsv(user, getDefaultCourse(), filter);
    await recordAudit(db, user, {
      action: "export.csv",
      organisationId: query.org ?? user.organisationId,
      targetType: "learners",
      details: { ...filter },
    });
    const day = new Date().toISOString().slice(0, 10);
    return new Response(stream, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="training-records-${day}.csv"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof TAccessDenied) return Response.json({ error: error.message }, { status: 403 });
    throw error;
  }
}
