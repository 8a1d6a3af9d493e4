import { certificatesPdfData } from "@/lib/certificates/issuer";
import { getCertificatePdf } from "@/lib/certificates/pdf-cache";
import { findCertificateForViewer } from "@/lib/certificates/queries";
import { withActorRoute } from "@/lib/edge/route";
import { AppError } from "@/lib/errors";

/** The certificate as a PDF: for its holder, their organisation's trainers and administrators. */
export const GET = withActorRoute<{ number: string }>({}, async ({ actor, params, baseUrl }) => {
  const certificate = await findCertificateForViewer(actor, params.number);
  if (!certificate) throw new AppError("CERTIFICATE_NOT_FOUND");
  const [data] = await certificatesPdfData([certificate], baseUrl);
  // Drawn once per process for the same contents: a second download, or a trainer printing again, is a lookup.
  const pdf = await getCertificatePdf(data!);
  return new Response(Buffer.from(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="certificate-${certificate.number}.pdf"`,
      "Cache-Control": "private, no-store",
    },
  });
});
