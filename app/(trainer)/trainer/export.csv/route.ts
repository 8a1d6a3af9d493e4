import { getLocale, getTranslations } from "next-intl/server";
import { LEARNER_STATUSES, type TLearnerStatus } from "@/lib/enrolments/status";
import { recordAudit } from "@/lib/audit/record";
import { streamLearnersCsv } from "@/lib/compliance/export";
import { readDashboardQuery } from "@/lib/compliance/filters";
import { db } from "@/lib/db/client";
import { withActorRoute } from "@/lib/edge/route";

const COLUMNS = [
  "name",
  "email",
  "groups",
  "status",
  "modulesPassedHeading",
  "lastActivity",
  "score",
  "completed",
  "validUntil",
  "due",
  "certificateNumber",
  "course",
  "contentVersion",
] as const;

/** The dashboard's filtered table as CSV, streamed. Trainers (their organisation) and administrators. */
export const GET = withActorRoute(
  { roles: { only: ["TRAINER", "ADMIN"], action: "export-records" } },
  async ({ actor, request, course }) => {
    const query = readDashboardQuery(Object.fromEntries(new URL(request.url).searchParams));
    const filter = { organisationId: query.org, groupId: query.group, status: query.status, q: query.q };
    const [t, status, locale] = await Promise.all([
      getTranslations("TrainerExport"),
      getTranslations("TrainerStatus"),
      getLocale(),
    ]);
    // In the trainer's language, headings too: no test or integration reads the columns by name.
    const stream = await streamLearnersCsv(actor, course, filter, new Date(), {
      locale,
      header: COLUMNS.map((column) => t(column)),
      status: Object.fromEntries(LEARNER_STATUSES.map((s) => [s, status(s)])) as Record<TLearnerStatus, string>,
      modulesPassed: (passed, total) => t("modulesPassed", { passed, total }),
    });
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
