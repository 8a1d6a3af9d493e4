import { getCurrentUser } from "@/lib/auth/current-user";
import { drawCertificatesPdf } from "@/lib/certificates/pdf";
import { toPdfData } from "@/lib/certificates/pdf-data";
import { getCertificateForViewer } from "@/lib/certificates/queries";
import { publicBaseUrl } from "@/lib/env";

/** The certificate as a PDF: for its holder, their organisation's trainers and administrators. */
export async function GET(request: Request, { params }: { params: Promise<{ number: string }> }) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "Sign in to download certificates." }, { status: 401 });
  const certificate = await getCertificateForViewer(user, (await params).number);
  if (!certificate) return Response.json({ error: "Certificate not found." }, { status: 404 });
  const pdf = await drawCertificatesPdf([toPdfData(certificate, publicBaseUrl())]);
  return new Response(Buffer.from(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="certificate-${certificate.number}.pdf"`,
      "Cache-Control": "private, no-store",
    },
  });
}
