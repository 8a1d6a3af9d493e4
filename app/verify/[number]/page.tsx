import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CertificateStatusBadge } from "@/components/certificate-status-badge";
import { formatDate } from "@/lib/format/dates";
import { verifyCertificate } from "@/lib/certificates/queries";

export const metadata: Metadata = { title: "Certificate check", robots: { index: false } };

const EXPLANATION = {
  valid: "This certificate is genuine and current.",
  "expiring-soon": "This certificate is genuine and current, but due for renewal soon.",
  expired: "This certificate is genuine but has expired: the holder needs to complete the course again.",
  superseded: "This certificate is genuine but has been replaced by a newer certificate for the same course.",
  revoked: "This certificate has been revoked and is no longer valid.",
} as const;

/** A number typed with spaces arrives percent-encoded; anything that does not decode is simply not a number. */
function decodedOnce(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** Public, no sign-in. Shows the status, name, course, version and dates, and nothing else about the person. */
export default async function VerifyPage({ params }: { params: Promise<{ number: string }> }) {
  const c = await verifyCertificate(decodedOnce((await params).number));
  if (!c) notFound();
  const rows: [string, string][] = [
    ["Name", c.learnerName],
    ["Course", c.courseTitle],
    ["Content version", c.courseVersion],
    ["Completed", formatDate(c.completedAt)],
    [
      "Valid until",
      formatDate(c.expiresAt) + (c.inGracePeriod ? ` (grace period until ${formatDate(c.validUntil)})` : ""),
    ],
  ];
  if (c.supersededOn) rows.push(["Replaced on", formatDate(c.supersededOn)]);
  if (c.revokedAt) rows.push(["Revoked on", formatDate(c.revokedAt)]);
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <section className="rounded-xl bg-white p-6 shadow-sm">
        <p className="text-sm text-slate-600">Certificate {c.number}</p>
        <h1 className="mt-1 text-2xl font-bold">Certificate check</h1>
        <div className="mt-3">
          <CertificateStatusBadge status={c.status} />
        </div>
        <p className="mt-3 text-slate-800">{EXPLANATION[c.status]}</p>
        <dl className="mt-4 divide-y divide-slate-200 border-y border-slate-200">
          {rows.map(([label, value]) => (
            <div key={label} className="grid grid-cols-3 gap-2 py-2">
              <dt className="text-slate-600">{label}</dt>
              <dd className="col-span-2 font-medium">{value}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-3 text-sm text-slate-600">Checked {formatDate(new Date())}.</p>
      </section>
      <Link href="/verify" className="text-brand-700 underline">
        Check another certificate
      </Link>
    </div>
  );
}
