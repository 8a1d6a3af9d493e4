import { recordAudit } from "@/lib/audit/record";
import { getCurrentUser } from "@/lib/auth/current-user";
import { gatherEvidence } from "@/lib/compliance/evidence";
import { drawEvidencePdf } from "@/lib/compliance/evidence-pdf";
import { readDashboardQuery } from "@/lib/compliance/filters";
import { db } from "@/lib/db/client";
import { TAccessDenied } from "@/lib/people/scope";
import { getDefaultCourse } from "@/lib/course";

/** The inspection evidence pack as a PDF, for the organisation or one group. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "Sign in required." }, { status: 401 });
  if (user.role === "LEARNER")
    return Response.json({ error: "Only trainers and administrators can produce evidence packs." }, { status: 403 });
  const query = readDashboardQuery(Object.fromEntries(new URL(request.url).searchParams));
  try {
    const evidence = await gatherEvidence(user, getDefaultCourse(), {
      organisationId: query.org,
      groupId: query.group,
    });
    const pdf = await drawEvidencePdf(evidence);
    await recordAudit(db, user, {
      action: "export.evidence-pack",
      organisationId: query.org ?? user.organisationId,
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
  } catch (error) {
    if (error instanceof TAccessDenied) return Response.json({ error: error.message }, { status: 403 });
    throw error;
  }
}
