import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/format/dates";
import { verifyCertificate } from "@/lib/certificates/queries";
import type { TCertificateStatus } from "@/lib/certificates/status";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Verify"))("title"), robots: { index: false } };
}

// The answer is the first thing an inspector sees: green for current, amber for current but due, red for no longer
// valid, grey for replaced. Colour is never the only sign: the status is written out too.
const BANNER: Record<TCertificateStatus, string> = {
  valid: "bg-emerald-700 text-white",
  "expiring-soon": "bg-amber-300 text-amber-950",
  expired: "bg-red-700 text-white",
  superseded: "bg-slate-600 text-white",
  revoked: "bg-red-700 text-white",
};

const ICON: Record<TCertificateStatus, string> = {
  valid: "✓",
  "expiring-soon": "!",
  expired: "✕",
  superseded: "↻",
  revoked: "✕",
};

/** A number typed with spaces arrives percent-encoded; anything that does not decode is simply not a number. */
function decodedOnce(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * Public, no sign-in: what someone holding a certificate (an inspector, a new employer) needs to trust it. The status
 * leads, full width; then the name, the issuing organisation, the course and dates. A revoked certificate has no
 * "valid until", which would read as if it still were.
 */
export default async function VerifyPage({ params }: { params: Promise<{ number: string }> }) {
  const c = await verifyCertificate(decodedOnce((await params).number));
  if (!c) notFound();
  const [t, locale] = await Promise.all([getTranslations("Verify"), getLocale()]);
  const date = (d: Date) => formatDate(d, { locale });
  const rows: [string, string][] = [
    [t("name"), c.learnerName],
    [t("issuedBy"), c.organisationName],
    [t("course"), c.courseTitle],
    [t("contentVersion"), c.courseVersion],
    [t("completed"), date(c.completedAt)],
  ];
  if (c.status !== "revoked")
    rows.push([
      c.status === "expired" ? t("expiredOn") : t("validUntil"),
      c.inGracePeriod ? t("grace", { expires: date(c.expiresAt), until: date(c.validUntil) }) : date(c.expiresAt),
    ]);
  if (c.supersededOn) rows.push([t("replacedOn"), date(c.supersededOn)]);
  if (c.revokedAt) rows.push([t("revokedOn"), date(c.revokedAt)]);
  return (
    <div className="space-y-4" data-standalone-page>
      <section
        aria-labelledby="verify-status"
        className={`rounded-xl p-5 sm:p-6 ${BANNER[c.status]}`}
        data-testid="verify-banner"
        data-status={c.status}
      >
        <p className="text-sm font-medium opacity-90">{t("banner", { number: c.number })}</p>
        <h1 id="verify-status" className="mt-1 flex items-center gap-3 text-2xl font-bold sm:text-3xl">
          <span aria-hidden="true" className="text-3xl sm:text-4xl">
            {ICON[c.status]}
          </span>
          <span data-testid="certificate-status">{t(`status.${c.status}`)}</span>
        </h1>
        <p className="mt-2 text-lg">{t(`explanation.${c.status}`)}</p>
      </section>
      <section aria-label={t("details")} className="rounded-xl bg-white p-5 shadow-sm sm:p-6">
        <dl className="divide-y divide-slate-200">
          {rows.map(([label, value]) => (
            <div key={label} className="grid gap-1 py-2 sm:grid-cols-3 sm:gap-2">
              <dt className="text-slate-600">{label}</dt>
              <dd className="font-medium sm:col-span-2">{value}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-3 text-sm text-slate-600">{t("checked", { date: date(new Date()) })}</p>
      </section>
      <Link href="/verify" className="inline-block text-brand-700 underline">
        {t("checkAnother")}
      </Link>
    </div>
  );
}
