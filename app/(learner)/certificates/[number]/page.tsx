import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CertificateStatusBadge } from "@/components/certificate-status-badge";
import { PrintButton } from "@/components/print-button";
import { requireUser } from "@/lib/auth/current-user";
import { verifyUrlFor } from "@/lib/certificates/format";
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
      {/* Sized and bordered to print on one A4 landscape page, in black and white. */}
      <section
        aria-label="Certificate"
        className="certificate-sheet mx-auto border-4 border-double border-black bg-white p-8 text-center text-black sm:p-12"
      >
        <h1 className="text-2xl font-bold tracking-wide sm:text-3xl">CERTIFICATE OF COMPLETION</h1>
        <p className="mt-4 text-slate-700">This certifies that</p>
        <p className="mt-2 text-3xl font-bold break-words">{c.learnerName}</p>
        <p className="mt-1">of {c.organisationName}</p>
        <p className="mt-4 text-slate-700">has successfully completed the safeguarding course</p>
        <p className="mt-1 text-xl font-semibold">{c.courseTitle}</p>
        <dl className="mt-8 grid grid-cols-2 gap-4 border-t border-slate-400 pt-4 sm:grid-cols-4">
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
        <div className="mt-8 text-left text-sm">
          <p>
            Certificate number <strong className="text-base">{c.number}</strong> · content version {c.courseVersion}
          </p>
          <p className="mt-1 break-all">Check that this certificate is genuine and current: {verifyUrl}</p>
        </div>
      </section>
    </div>
  );
}
