import { recordAudit } from "@/lib/audit/record";
import { streamLearnersCsv } from "@/lib/compliance/export";
import { readDashboardQuery } from "@/lib/compliance/filters";
import { db } from "@/lib/db/client";
import { withActorRoute } from "@/lib/edge/route";

/** The dashboard's filtered table as CSV, streamed. Trainers (their organisation) and administrators. */
export const GET = withActorRoute(
  { roles: { only: ["TRAINER", "ADMIN"], action: "export-records" } },
  async ({ actor, request, course }) => {
    const query = readDashboardQuery(Object.fromEntries(new URL(request.url).searchParams));
    const filter = { organisationId: query.org, groupId: query.group, status: query.status, q: query.q };
    const stream = await streamLearnersCsv(actor, course, filter);
    await recordAudit(db, actor, {
      action: "export.csv",
      organisationId: query.org ?? actor.organisationId,
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
  },
);
