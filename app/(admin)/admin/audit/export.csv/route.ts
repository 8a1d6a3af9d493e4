import { getTranslations } from "next-intl/server";
import { streamAuditCsv } from "@/lib/audit/export";
import { readAuditQuery, searchParamsRecord } from "@/lib/audit/filters";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { withActorRoute } from "@/lib/edge/route";

const PRIVATE = { "Cache-Control": "private, no-store" };

const COLUMNS = [
  "whenLocal",
  "whenUtc",
  "doneBy",
  "what",
  "details",
  "organisation",
  "actionCode",
  "actorId",
  "targetType",
  "targetId",
  "organisationId",
  "eventId",
] as const;

/** The audit log, filtered as on its page, as CSV (every matching event, not one page). Administrators only. */
export const GET = withActorRoute(
  { roles: { only: ["ADMIN"], action: "read-audit-log" }, headers: PRIVATE },
  async ({ actor, request, locale }) => {
    const read = readAuditQuery(searchParamsRecord(new URL(request.url).searchParams), locale);
    if (!read.ok)
      return new Response(`${(await getTranslations("AdminAudit"))("problemsInCsv")} ${read.problems.join(" ")}\n`, {
        status: 400,
        headers: { "Content-Type": "text/plain; charset=utf-8", ...PRIVATE },
      });
    const { actorId, action, organisationId, from, to } = read.query;
    const filter = { actorId, action, organisationId, from, to };
    const t = await getTranslations("AdminAuditCsv");
    // In the administrator's language, headings too, as the trainer's export: no test or integration reads them by name.
    const stream = await streamAuditCsv(actor, filter, { locale, header: COLUMNS.map((column) => t(column)) });
    // Who took a copy of the log, and of which part, is itself on record.
    await recordAudit(db, actor, {
      action: "export.audit-log",
      organisationId: filter.organisationId ?? null,
      targetType: "audit-log",
      details: { ...filter },
    });
    return new Response(stream, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="audit-log-${new Date().toISOString().slice(0, 10)}.csv"`,
        ...PRIVATE,
      },
    });
  },
);
