import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
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
export async function CertificateCard({ certificates }: { certificates: TCertificateSummary[] }) {
  const [latest, ...older] = certificates;
  if (!latest) return null;
  const [t, locale] = await Promise.all([getTranslations("Certificates"), getLocale()]);
  return (
    <section aria-labelledby="certificate-title" className="rounded-xl bg-white p-5 shadow-sm sm:p-6">
      <h2 id="certificate-title" className="text-xl font-bold">
        {t("cardTitle")}
      </h2>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <CertificateStatusBadge status={latest.status} />
        <span className="font-mono text-sm" data-testid="certificate-number">
          {latest.number}
        </span>
      </div>
      <p className="mt-2 text-slate-800">
        {t.rich("cardDates", {
          completed: formatDate(latest.completedAt, { locale }),
          expires: formatDate(latest.expiresAt, { locale }),
          strong: (chunks) => <strong>{chunks}</strong>,
        })}
      </p>
      <div className="mt-4 flex flex-wrap gap-3">
        <a
          href={`/certificates/${latest.number}/pdf`}
          className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          {t("downloadCertificate")}
        </a>
        <Link
          href={`/certificates/${latest.number}`}
          className="rounded-md border border-slate-400 bg-white px-4 py-2 font-medium"
        >
          {t("viewAndPrint")}
        </Link>
        <Link href={`/verify/${latest.number}`} className="px-1 py-2 text-brand-700 underline">
          {t("verificationPage")}
        </Link>
      </div>
      {older.length ? (
        <details className="mt-4">
          <summary className="cursor-pointer font-medium">{t("earlier", { count: older.length })}</summary>
          <ul className="mt-2 space-y-1 text-sm">
            {older.map((c) => (
              <li key={c.number}>
                <Link href={`/certificates/${c.number}`} className="font-mono text-brand-700 underline">
                  {c.number}
                </Link>{" "}
                {t("earlierCompleted", { date: formatDate(c.completedAt, { locale }) })}
                <CertificateStatusBadge status={c.status} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
