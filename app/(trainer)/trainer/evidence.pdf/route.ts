import { recordAudit } from "@/lib/audit/record";
import { gatherEvidence } from "@/lib/compliance/evidence";
import { drawEvidencePdf } from "@/lib/compliance/evidence-pdf";
import { readDashboardQuery } from "@/lib/compliance/filters";
import { db } from "@/lib/db/client";
import { withActorRoute } from "@/lib/edge/route";
import { getEvidenceWords } from "../chart-words";

/** The inspection evidence pack as a PDF, for the organisation or one group. */
export const GET = withActorRoute(
  { roles: { only: ["TRAINER", "ADMIN"], action: "produce-evidence" } },
  async ({ actor, request, course }) => {
    const query = readDashboardQuery(Object.fromEntries(new URL(request.url).searchParams));
    const evidence = await gatherEvidence(actor, course, { organisationId: query.org, groupId: query.group });
    // In the reader's language, as the pages they came from.
    const pdf = await drawEvidencePdf(evidence, await getEvidenceWords());
    await recordAudit(db, actor, {
      action: "export.evidence-pack",
      organisationId: query.org ?? actor.organisationId,
      targetType: "organisation",
      details: { group: query.group ?? null },
    });
    return new Response(Buffer.from(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="safeguarding-evidence-${new Date().toISOString().slice(0, 10)}.pdf"`,
        "Cache-Control": "private, no-store",
      },
    });
  },
);
