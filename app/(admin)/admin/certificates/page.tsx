import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CertificateStatusBadge } from "@/components/certificate-status-badge";
import { requireRole } from "@/lib/auth/current-user";
import { formatDate } from "@/lib/format/dates";
import { findCertificatesByName, getCertificateForViewer, NAME_SEARCH_LIMIT } from "@/lib/certificates/queries";
import { RevokeForm } from "./revoke-form";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { DataTable } from "@/components/ui/data-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminCertificates"))("title") };
}

export default async function AdminCertificatesPage({
  searchParams,
}: {
  searchParams: Promise<{ number?: string | string[] }>;
}) {
  const user = await requireRole("ADMIN");
  const raw = (await searchParams).number;
  const typed = typeof raw === "string" ? raw.slice(0, 64) : "";
  // A number finds that certificate; anything else (or a number that finds none) is read as a name.
  const c = typed ? await getCertificateForViewer(user, typed) : null;
  const byName = typed && !c ? await findCertificatesByName(user, typed) : [];
  const [t, tHome, locale] = await Promise.all([
    getTranslations("AdminCertificates"),
    getTranslations("AdminHome"),
    getLocale(),
  ]);
  const revokeWord = t("revokeWord");
  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ label: tHome("title"), href: "/admin" }, { label: t("title") }]} />
      <PageHeader title={t("title")} />
      <Card as="form" method="get" className="flex flex-wrap items-end gap-3">
        <div className="grow">
          <label htmlFor="number" className="block font-medium">
            {t("searchLabel")}
          </label>
          <input
            id="number"
            name="number"
            defaultValue={typed}
            required
            autoComplete="off"
            className="mt-1 w-full rounded-md border border-slate-400 px-3 py-2"
          />
        </div>
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
          {t("find")}
        </button>
      </Card>
      {typed && !c && !byName.length ? (
        <p className="rounded-md bg-amber-50 p-3" data-testid="admin-certificate-missing">
          {t("missing")}
        </p>
      ) : null}
      {byName.length ? (
        <Card padding="p-4" className="overflow-x-auto">
          <p className="mb-2 text-sm text-slate-700">
            {byName.length === NAME_SEARCH_LIMIT
              ? t("limit", { limit: NAME_SEARCH_LIMIT, query: typed })
              : t("found", { count: byName.length, query: typed })}
          </p>
          <DataTable
            caption={t("caption")}
            columns={[
              { key: "number", header: t("number"), className: "py-2" },
              { key: "name", header: t("name") },
              { key: "organisation", header: t("organisation") },
              { key: "completed", header: t("completed") },
              { key: "status", header: t("status") },
            ]}
            rowCount={byName.length}
          >
            {byName.map((found) => (
              <tr key={found.number} className="border-b border-slate-100">
                <td className="py-2">
                  <Link
                    href={`/admin/certificates?number=${found.number}`}
                    className="font-mono whitespace-nowrap text-brand-700 underline"
                  >
                    {found.number}
                  </Link>
                </td>
                <td>{found.learnerName}</td>
                <td>{found.organisationName}</td>
                <td className="whitespace-nowrap">{formatDate(found.completedAt, { locale })}</td>
                <td>
                  <CertificateStatusBadge status={found.status} />
                </td>
              </tr>
            ))}
          </DataTable>
        </Card>
      ) : null}
      {c ? (
        <Card aria-labelledby="cert-title">
          <CardTitle id="cert-title">{c.number}</CardTitle>
          <div className="mt-2">
            <CertificateStatusBadge status={c.status} />
          </div>
          <dl className="mt-3 grid gap-x-4 gap-y-1 sm:grid-cols-[10rem_1fr]">
            <dt className="text-slate-600">{t("name")}</dt>
            <dd>{c.learnerName}</dd>
            <dt className="text-slate-600">{t("organisation")}</dt>
            <dd>{c.organisationName}</dd>
            <dt className="text-slate-600">{t("course")}</dt>
            <dd>{t("courseVersion", { title: c.courseTitle, version: c.courseVersion })}</dd>
            <dt className="text-slate-600">{t("completed")}</dt>
            <dd>{formatDate(c.completedAt, { locale })}</dd>
            <dt className="text-slate-600">{t("validUntil")}</dt>
            <dd>{formatDate(c.expiresAt, { locale })}</dd>
            {c.revokedAt ? (
              <>
                <dt className="text-slate-600">{t("revoked")}</dt>
                <dd>{t("revokedOn", { date: formatDate(c.revokedAt, { locale }), reason: c.revokedReason ?? "" })}</dd>
              </>
            ) : null}
          </dl>
          <p className="mt-3">
            <Link href={`/verify/${c.number}`} className="text-brand-700 underline">
              {t("verification")}
            </Link>
          </p>
          {c.revokedAt ? null : (
            <RevokeForm
              number={c.number}
              text={{
                title: t("revokeTitle"),
                intro: t("revokeIntro"),
                reason: t("reason"),
                confirm: t("typeToConfirm", { word: revokeWord }),
                submit: t("revoke"),
                pending: t("revoking"),
              }}
            />
          )}
        </Card>
      ) : null}
    </div>
  );
}
