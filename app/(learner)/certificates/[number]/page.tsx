import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { CertificateStatusBadge } from "@/components/certificate-status-badge";
import { PrintButton } from "@/components/print-button";
import { requireUser } from "@/lib/auth/current-user";
import { verifyUrlFor } from "@/lib/certificates/format";
import { getCertificateExtras } from "@/lib/certificates/issuer";
import { logoDataUrl } from "@/lib/certificates/logo";
import { verifyQrSvg } from "@/lib/certificates/verify-qr";
import { formatDate } from "@/lib/format/dates";
import { getCertificateForViewer } from "@/lib/certificates/queries";
import { publicBaseUrl } from "@/lib/env";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Certificates"))("title") };
}

export default async function CertificatePage({ params }: { params: Promise<{ number: string }> }) {
  const user = await requireUser();
  const c = await getCertificateForViewer(user, (await params).number);
  if (!c) notFound();
  const verifyUrl = verifyUrlFor(publicBaseUrl(), c.number);
  const [[extras], qr, t, locale] = await Promise.all([
    getCertificateExtras([c]),
    verifyQrSvg(verifyUrl),
    getTranslations("Certificates"),
    getLocale(),
  ]);
  const { signatory, logo, topics } = extras!;
  // "1 hour 5 minutes": as lib/format/durations.ts writes it, with the words from the messages.
  const hours = Math.floor(c.cpdMinutes / 60);
  const minutes = c.cpdMinutes % 60;
  const cpdParts = [hours ? t("hours", { n: hours }) : "", minutes || !hours ? t("minutes", { n: minutes }) : ""];
  const cpdTime = new Intl.ListFormat(locale, { type: "unit", style: "narrow" }).format(cpdParts.filter(Boolean));

  return (
    <div className="space-y-4">
      <div className="no-print flex flex-wrap items-center gap-3">
        <CertificateStatusBadge status={c.status} />
        <PrintButton label={t("print")} />
        <a
          href={`/certificates/${c.number}/pdf`}
          className="rounded-md border border-slate-400 bg-white px-4 py-2 font-medium"
        >
          {t("downloadPdf")}
        </a>
        <Link href="/course" className="text-brand-700 underline">
          {t("backToCourse")}
        </Link>
      </div>
      {/* Laid out like the PDF, and sized to fill one A4 landscape page when printed (the certificate @page in
          app/styles/print.css sets the sheet and its 12 mm margins), in black and white. */}
      <section
        aria-label={t("sheetLabel")}
        className="certificate-sheet mx-auto flex flex-col justify-between gap-6 border-4 border-double border-black bg-white p-6 text-center text-black sm:p-10 print:h-[182mm] print:gap-0 print:overflow-hidden print:px-[14mm] print:py-[8mm] print:text-[10.5pt]"
      >
        <div>
          {logo ? (
            // eslint-disable-next-line @next/next/no-img-element -- a data: URL of at most 200 KB, which next/image does not optimise
            <img
              src={logoDataUrl(logo)}
              alt={t("logoAlt", { organisation: c.organisationName })}
              className="mx-auto mb-4 max-h-16 max-w-56 object-contain print:mb-[4mm] print:max-h-[17mm] print:max-w-[70mm]"
            />
          ) : null}
          <h1 className="text-2xl font-bold tracking-wide sm:text-3xl print:text-[22pt]">{t("heading")}</h1>
          <p className="mt-3 text-slate-700">{t("certifies")}</p>
          <p className="mt-1 text-3xl font-bold break-words print:text-[25pt]">{c.learnerName}</p>
          <p className="mt-1">{t("of", { organisation: c.organisationName })}</p>
        </div>
        <div>
          <p className="text-slate-700">{t("completedCourse")}</p>
          <p className="mt-1 text-xl font-semibold print:text-[15pt]">{c.courseTitle}</p>
        </div>
        {topics.length ? (
          <section aria-labelledby="topics-title">
            <h2 id="topics-title" className="text-sm font-bold">
              {t("topics")}
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
            <dt className="text-sm text-slate-700">{t("completed")}</dt>
            <dd className="font-semibold">{formatDate(c.completedAt, { locale })}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-700">{t("validUntil")}</dt>
            <dd className="font-semibold">{formatDate(c.expiresAt, { locale })}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-700">{t("cpdTime")}</dt>
            <dd className="font-semibold">{cpdTime}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-700">{t("score")}</dt>
            <dd className="font-semibold">{t("scoreValue", { score: c.scorePercent })}</dd>
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
              <p className="text-slate-700">{t("number")}</p>
              <p className="text-base font-bold">{c.number}</p>
              <p className="text-slate-700">{t("contentVersion", { version: c.courseVersion })}</p>
              <p className="mt-2 text-slate-700">{t("checkGenuine")}</p>
              <p className="break-all">{verifyUrl}</p>
            </div>
            {/* qrcode's own SVG, drawn on the server from the verification address alone. */}
            <div
              role="img"
              aria-label={t("qrLabel", { url: verifyUrl })}
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
