import Link from "next/link";
import { formatDate } from "@/lib/format/dates";
import type { TCertificateStatus } from "@/lib/certificates/status";
import { CertificateStatusBadge } from "./certificate-status-badge";

type TCertificateSummary = {
  number: string;
  status: TCertificateStatus;
  completedAt: Date;
  expiresAt: Date;
  issuedAt: Date;
};

/** The learner's certificates: the newest with its actions, older ones as a history. */
export function CertificateCard({ certificates }: { certificates: TCertificateSummary[] }) {
  const [latest, ...older] = certificates;
  if (!latest) return null;
  return (
    <section aria-labelledby="certificate-title" className="rounded-xl bg-white p-5 shadow-sm sm:p-6">
      <h2 id="certificate-title" className="text-xl font-bold">
        Your certificate
      </h2>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <CertificateStatusBadge status={latest.status} />
        <span className="font-mono text-sm" data-testid="certificate-number">
          {latest.number}
        </span>
      </div>
      <p className="mt-2 text-slate-800">
        Completed {formatDate(latest.completedAt)} · valid until <strong>{formatDate(latest.expiresAt)}</strong>
      </p>
      <div className="mt-4 flex flex-wrap gap-3">
        <a
          href={`/certificates/${latest.number}/pdf`}
          className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          Download certificate (PDF)
        </a>
        <Link
          href={`/certificates/${latest.number}`}
          className="rounded-md border border-slate-400 bg-white px-4 py-2 font-medium"
        >
          View and print
        </Link>
        <Link href={`/verify/${latest.number}`} className="px-1 py-2 text-brand-700 underline">
          Verification page
        </Link>
      </div>
      {older.length ? (
        <details className="mt-4">
          <summary className="cursor-pointer font-medium">Earlier certificates ({older.length})</summary>
          <ul className="mt-2 space-y-1 text-sm">
            {older.map((c) => (
              <li key={c.number}>
                <Link href={`/certificates/${c.number}`} className="font-mono text-brand-700 underline">
                  {c.number}
                </Link>{" "}
                · completed {formatDate(c.completedAt)} · <CertificateStatusBadge status={c.status} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
