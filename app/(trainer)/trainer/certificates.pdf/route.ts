import type { TCourse } from "@/lib/course/types";
import type { TActor } from "@/lib/auth/current-user";
import { exportCertificatesForPeople, MAX_BULK_CERTIFICATES } from "@/lib/certificates/bulk";
import { drawCertificatesPdf } from "@/lib/certificates/pdf";
import { certificatesPdfData } from "@/lib/certificates/issuer";
import { withActorRoute } from "@/lib/edge/route";
import { AppError } from "@/lib/errors";

const STAFF = { only: ["TRAINER", "ADMIN"], action: "print-certificates" } as const;

/**
 * One PDF with the certificates of the selected people, one per page, for printing. The dashboard's form posts
 * (500 ids would make a GET's URL longer than Node accepts); GET stays for links of a few people.
 */
export const GET = withActorRoute({ roles: STAFF }, async ({ actor, request, baseUrl, course }) => {
  const url = new URL(request.url);
  return certificatesPdf(
    actor,
    course,
    baseUrl,
    url.searchParams.getAll("userId"),
    url.searchParams.get("org") ?? undefined,
  );
});

export const POST = withActorRoute(
  { roles: STAFF, sameSiteOnly: true },
  async ({ actor, request, baseUrl, course }) => {
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      throw new AppError("SELECTION_NOT_A_FORM");
    }
    const strings = (name: string) => form.getAll(name).filter((v): v is string => typeof v === "string");
    return certificatesPdf(actor, course, baseUrl, strings("userId"), strings("org")[0] || undefined);
  },
);

async function certificatesPdf(
  actor: TActor,
  course: TCourse,
  baseUrl: string,
  requestedIds: string[],
  organisationId: string | undefined,
): Promise<Response> {
  const userIds = [...new Set(requestedIds.filter((id) => id.length > 0 && id.length <= 40))];
  if (!userIds.length) throw new AppError("SELECTION_EMPTY");
  if (userIds.length > MAX_BULK_CERTIFICATES) throw new AppError("SELECTION_TOO_LARGE", { max: MAX_BULK_CERTIFICATES });
  const certificates = await exportCertificatesForPeople(actor, course, userIds, organisationId);
  if (!certificates.length) throw new AppError("SELECTION_WITHOUT_CERTIFICATES");
  const pdf = await drawCertificatesPdf(
    await certificatesPdfData(
      certificates.map((c) => ({ ...c, courseId: course.id })),
      baseUrl,
    ),
  );
  return new Response(Buffer.from(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="certificates-${new Date().toISOString().slice(0, 10)}.pdf"`,
      "Cache-Control": "private, no-store",
    },
  });
}
