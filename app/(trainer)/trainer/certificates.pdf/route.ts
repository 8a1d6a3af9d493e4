import { recordAudit } from "@/lib/audit/record";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getCertificatesForPeople } from "@/lib/certificates/bulk";
import { drawCertificatesPdf } from "@/lib/certificates/pdf";
import { toPdfData } from "@/lib/certificates/pdf-data";
import { db } from "@/lib/db/client";
import { publicBaseUrl } from "@/lib/env";
import { TAccessDenied } from "@/lib/people/scope";

/** One PDF with the certificates of the selected people, one per page, for printing. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "Sign in required." }, { status: 401 });
  if (user.role === "LEARNER") return Response.json({ error: "Only trainers and administrators can print certificates in bulk." }, { status: 403 });
  const url = new URL(request.url);
  const userIds = url.searchParams.getAll("userId").filter((id) => id.length <= 40);
  if (!userIds.length) return Response.json({ error: "Select at least one person with a certificate." }, { status: 400 });
  try {
    const certificates = await getCertificatesForPeople(user, userIds, url.searchParams.get("org") ?? undefined);
    if (!certificates.length) return Response.json({ error: "None of the selected people has a certificate." }, { status: 404 });
    const pdf = await drawCertificatesPdf(certificates.map((c) => toPdfData(c, publicBaseUrl(url.origin))));
    await recordAudit(db, user, { action: "export.certificates-pdf", organisationId: user.organisationId, targetType: "certificates", details: { count: certificates.length } });
    return new Response(Buffer.from(pdf), {
      headers: { "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="certificates-${new Date().toISOString().slice(0, 10)}.pdf"`, "Cache-Control": "private, no-store" },
    });
  } catch (error) {
    if (error instanceof TAccessDenied) return Response.json({ error: error.message }, { status: 403 });
    throw error;
  }
}
