import { getCurrentUser } from "@/lib/auth/current-user";
import { exportCertificatesForPeople, MAX_BULK_CERTIFICATES } from "@/lib/certificates/bulk";
import { drawCertificatesPdf } from "@/lib/certificates/pdf";
import { toPdfData } from "@/lib/certificates/pdf-data";
import { publicBaseUrl } from "@/lib/env";
import { TAccessDenied } from "@/lib/people/scope";
import { crossSiteRefusal } from "@/lib/security/same-origin";
import { getDefaultCourse } from "@/lib/course";

/**
 * One PDF with the certificates of the selected people, one per page, for printing. The dashboard's form posts
 * (500 ids would make a GET's URL longer than Node accepts); GET stays for links of a few people.
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  return certificatesPdf(request, url.searchParams.getAll("userId"), url.searchParams.get("org") ?? undefined);
}

export async function POST(request: Request) {
  const refused = crossSiteRefusal(request);
  if (refused) return refused;
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return Response.json(
      { error: "Send the selection as a form: userId (repeated) and, optionally, org." },
      { status: 400 },
    );
  }
  const strings = (name: string) => form.getAll(name).filter((v): v is string => typeof v === "string");
  return certificatesPdf(request, strings("userId"), strings("org")[0] || undefined);
}

async function certificatesPdf(request: Request, requestedIds: string[], organisationId: string | undefined) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "Sign in required." }, { status: 401 });
  if (user.role === "LEARNER")
    return Response.json(
      { error: "Only trainers and administrators can print certificates in bulk." },
      { status: 403 },
    );
  const userIds = [...new Set(requestedIds.filter((id) => id.length > 0 && id.length <= 40))];
  if (!userIds.length)
    return Response.json({ error: "Select at least one person with a certificate." }, { status: 400 });
  if (userIds.length > MAX_BULK_CERTIFICATES)
    return Response.json({ error: `Select at most ${MAX_BULK_CERTIFICATES} people for one PDF.` }, { status: 400 });
  try {
    const certificates = await exportCertificatesForPeople(user, getDefaultCourse(), userIds, organisationId);
    if (!certificates.length)
      return Response.json({ error: "None of the selected people has a certificate." }, { status: 404 });
    const pdf = await drawCertificatesPdf(certificates.map((c) => toPdfData(c, publicBaseUrl())));
    return new Response(Buffer.from(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="certificates-${new Date().toISOString().slice(0, 10)}.pdf"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof TAccessDenied) return Response.json({ error: error.message }, { status: 403 });
    throw error;
  }
}
