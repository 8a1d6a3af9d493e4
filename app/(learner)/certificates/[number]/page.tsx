import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CertificateStatusBadge } from "@/components/certificate-status-badge";
import { PrintButton } from "@/components/print-button";
import { requireUser } from "@/lib/auth/current-user";
import { verifyUrlFor } from "@/lib/certificates/format";
import { getCertificateExtras } from "@/lib/certificates/issuer";
import { logoDataUrl } from "@/lib/certificates/logo";
import { verifyQrSvg } from "@/lib/certificates/verify-qr";
import { formatDate } from "@/lib/format/dates";
import { formatMinutes } from "@/lib/format/durations";
import { getCertificateForViewer } from "@/lib/certificates/queries";
import { publicBaseUrl } from "@/lib/env";

export const metadata: Metadata = { title: "Certificate" };

export default async function CertificatePage({ params }: { params: Promise<{ number: string }> }) {
  const user = await requireUser();
  const c = await getCertificateForViewer(user, (await params).number);
  if (!c) notFound();
  const verifyUrl = verifyUrlFor(publicBaseUrl(), c.number);
  const [[extras], qr] = await Promise.all([getCertificateExtras([c]), verifyQrSvg(verifyUrl)]);
  const { signatory, logo, topics } = extras!;

  return (
    <div className="space-y-4">
      <div className="no-print flex flex-wrap items-center gap-3">
        <CertificateStatusBadge status={c.status} />
        <PrintButton />
        <a
          href={`/certificates/${c.number}/pdf`}
          className="rounded-md border border-slate-400 bg-white px-4 py-2 font-medium"
        >
          Download PDF
        </a>
        <Link href="/course" className="text-brand-700 underline">
          Back to the course
        </Link>
      </div>
      {/* Laid out like the PDF, and sized to fill one A4 landscape page when printed (the certificate @page in
          app/styles/print.css sets the sheet and its 12 mm margins), in black and white. */}
      <section
        aria-label="Certificate"
        className="certificate-sheet mx-auto flex flex-col justify-between gap-6 border-4 border-double border-black bg-white p-6 text-center text-black sm:p-10 print:h-[182mm] print:gap-0 print:overflow-hidden print:px-[14mm] print:py-[8mm] print:text-[10.5pt]"
      >
        <div>
          {logo ? (
            // eslint-disable-next-line @next/next/no-img-element -- a data: URL of at most 200 KB, which next/image does not optimise
            <img
              src={logoDataUrl(logo)}
              alt={`${c.organisationName} logo`}
              className="mx-auto mb-4 max-h-16 max-w-56 object-contain print:mb-[4mm] print:max-h-[17mm] print:max-w-[70mm]"
            />
          ) : null}
          <h1 className="text-2xl font-bold tracking-wide sm:text-3xl print:text-[22pt]">CERTIFICATE OF COMPLETION</h1>
          <p className="mt-3 text-slate-700">This certifies that</p>
          <p className="mt-1 text-3xl font-bold break-words print:text-[25pt]">{c.learnerName}</p>
          <p className="mt-1">of {c.organisationName}</p>
        </div>
        <div>
          <p className="text-slate-700">has successfully completed the safeguarding course</p>
          <p className="mt-1 text-xl font-semibold print:text-[15pt]">{c.courseTitle}</p>
        </div>
        {topics.length ? (
          <section aria-labelledby="topics-title">
            <h2 id="topics-title" className="text-sm font-bold">
              Topics covered
            </h2>
            <ul className="mx-auto mt-1 flex max-w-4xl flex-wrap justify-center gap-x-5 gap-y-0.5 text-sm print:text-[9.5pt]">
              {topics.map((topic) => (
                <li key={topic}>{topic}</li>
              ))}
            </ul>
          </section>
        ) : null}
        <dl className="grid grid-cols-2 gap-4 border-b border-slate-400 pb-4 sm:grid-cols-4 print:grid-cols-4 print:pb-[3mm]">
          <div>
            <dt className="text-sm text-slate-700">Completed</dt>
            <dd className="font-semibold">{formatDate(c.completedAt)}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-700">Valid until</dt>
            <dd className="font-semibold">{formatDate(c.expiresAt)}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-700">CPD time</dt>
            <dd className="font-semibold">{formatMinutes(c.cpdMinutes)}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-700">Score</dt>
            <dd className="font-semibold">{c.scorePercent}%</dd>
          </div>
        </dl>
        <div className="flex flex-col gap-6 text-left sm:flex-row sm:items-end sm:justify-between print:flex-row print:items-end print:justify-between">
          {signatory ? (
            <div className="min-w-0 sm:w-64 print:w-[70mm]" data-testid="certificate-signatory">
              {/* Room above the line for a handwritten signature on a printed copy. */}
              <div className="h-10 border-b border-black print:h-[12mm]" aria-hidden="true" />
              <p className="mt-1 font-semibold break-words">{signatory.name}</p>
              {signatory.role ? <p className="text-sm break-words text-slate-700">{signatory.role}</p> : null}
            </div>
          ) : (
            <div />
          )}
          <div className="flex items-end gap-4 sm:justify-end">
            <div className="min-w-0 text-sm sm:text-right print:text-right">
              <p className="text-slate-700">Certificate number</p>
              <p className="text-base font-bold">{c.number}</p>
              <p className="text-slate-700">Content version {c.courseVersion}</p>
              <p className="mt-2 text-slate-700">Check that this certificate is genuine and current:</p>
              <p className="break-all">{verifyUrl}</p>
            </div>
            {/* qrcode's own SVG, drawn on the server from the verification address alone. */}
            <div
              role="img"
              aria-label={`QR code: scan it to check this certificate at ${verifyUrl}`}
              data-testid="certificate-qr"
              className="h-28 w-28 shrink-0 print:h-[30mm] print:w-[30mm] [&_svg]:h-full [&_svg]:w-full"
              dangerouslySetInnerHTML={{ __html: qr }}
            />
          </div>
        </div>
      </section>
    </div>
  );
}
