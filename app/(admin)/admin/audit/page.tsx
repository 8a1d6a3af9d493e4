import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AUDIT_PAGE_SIZE, listAuditActors, listAuditEvents } from "@/lib/audit/list";
import { auditQueryParams, hasAuditFilter, readAuditQuery, type TAuditFilter } from "@/lib/audit/filters";
import { requireRole } from "@/lib/auth/current-user";
import { formatDateTime } from "@/lib/format/dates";
import type { TLocale } from "@/lib/i18n/locales";
import { listOrganisations } from "@/lib/people/organisations";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { DataTable, EmptyState } from "@/components/ui/data-table";
import { Pagination, pageHref } from "@/components/ui/pagination";
import { AuditFilters } from "./audit-filters";
import { AuditEventRow } from "./audit-event-row";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminAudit"))("title") };
}

type TSearch = Record<string, string | string[] | undefined>;

export default async function AuditPage({ searchParams }: { searchParams: Promise<TSearch> }) {
  const user = await requireRole("ADMIN");
  const [t, tHome, locale] = await Promise.all([
    getTranslations("AdminAudit"),
    getTranslations("AdminHome"),
    getLocale() as Promise<TLocale>,
  ]);
  const read = readAuditQuery(await searchParams, locale);
  const [actors, organisations] = await Promise.all([listAuditActors(user), listOrganisations(user)]);
  const filter: TAuditFilter = read.ok ? read.query : {};
  const query = auditQueryParams(filter);
  const result = read.ok ? await listAuditEvents(user, filter, read.query.page, locale) : null;
  const filtered = hasAuditFilter(filter);
  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ label: tHome("title"), href: "/admin" }, { label: t("title") }]} />
      <PageHeader title={t("title")} description={t("description")} />
      <AuditFilters
        values={{
          actor: filter.actorId ?? "",
          action: filter.action ?? "",
          org: filter.organisationId ?? "",
          from: filter.from ?? "",
          to: filter.to ?? "",
        }}
        actors={actors.map((a) => ({ value: a.id, label: a.label }))}
        organisations={organisations.map((o) => ({ value: o.id, label: o.name }))}
      />
      {read.ok ? null : (
        <div role="alert" className="rounded-md bg-red-50 p-3 text-red-800" data-testid="audit-filter-problems">
          <p className="font-semibold">{t("problems")}</p>
          <ul className="mt-1 list-disc pl-5">
            {read.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {result ? (
        <Card padding="p-4" className="overflow-x-auto">
          <div className="mb-3 flex flex-wrap items-baseline justify-between gap-3">
            <p className="text-sm text-slate-700" data-testid="audit-count">
              {t(filtered ? "countFiltered" : "countAll", { count: result.total })}
              {result.pageCount > 1 ? `, ${t("perPage", { size: AUDIT_PAGE_SIZE })}` : ""}
            </p>
            <a
              href={pageHref("/admin/audit/export.csv", query, 1)}
              className="text-sm font-semibold text-brand-700 underline"
              download
            >
              {filtered ? t("downloadFiltered") : t("downloadAll")}
            </a>
          </div>
          <DataTable
            caption={t("caption")}
            columns={[
              { key: "when", header: t("when"), className: "py-2" },
              { key: "what", header: t("what") },
              { key: "organisation", header: t("organisation") },
            ]}
            rowCount={result.events.length}
            empty={<EmptyState>{filtered ? t("noMatches") : t("nothing")}</EmptyState>}
          >
            {result.events.map((e) => (
              <AuditEventRow key={e.id} event={e} when={formatDateTime(e.createdAt, { locale })} />
            ))}
          </DataTable>
          <Pagination page={result.page} pageCount={result.pageCount} pathname="/admin/audit" query={query} />
        </Card>
      ) : null}
    </div>
  );
}
