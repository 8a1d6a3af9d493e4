import type { Metadata } from "next";
import { AUDIT_PAGE_SIZE, listAuditActors, listAuditEvents } from "@/lib/audit/list";
import { auditQueryParams, hasAuditFilter, readAuditQuery, type TAuditFilter } from "@/lib/audit/filters";
import { requireRole } from "@/lib/auth/current-user";
import { formatDateTime } from "@/lib/format/dates";
import { listOrganisations } from "@/lib/people/organisations";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { DataTable, EmptyState } from "@/components/ui/data-table";
import { Pagination, pageHref } from "@/components/ui/pagination";
import { AuditFilters } from "./audit-filters";
import { AuditEventRow } from "./audit-event-row";

export const metadata: Metadata = { title: "Audit log" };

type TSearch = Record<string, string | string[] | undefined>;

export default async function AuditPage({ searchParams }: { searchParams: Promise<TSearch> }) {
  const user = await requireRole("ADMIN");
  const read = readAuditQuery(await searchParams);
  const [actors, organisations] = await Promise.all([listAuditActors(user), listOrganisations(user)]);
  const filter: TAuditFilter = read.ok ? read.query : {};
  const query = auditQueryParams(filter);
  const result = read.ok ? await listAuditEvents(user, filter, read.query.page) : null;
  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ label: "Administration", href: "/admin" }, { label: "Audit log" }]} />
      <PageHeader
        title="Audit log"
        description="What trainers and administrators have done, newest first: who, what, to whom and when."
      />
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
          <p className="font-semibold">These filters could not be used, so nothing is listed:</p>
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
              {result.total.toLocaleString("en-GB")} {result.total === 1 ? "event" : "events"}
              {hasAuditFilter(filter)
                ? result.total === 1
                  ? " matches these filters"
                  : " match these filters"
                : " in all"}
              {result.pageCount > 1 ? `, ${AUDIT_PAGE_SIZE} a page` : ""}
            </p>
            <a
              href={pageHref("/admin/audit/export.csv", query, 1)}
              className="text-sm font-semibold text-brand-700 underline"
              download
            >
              Download {hasAuditFilter(filter) ? "these events" : "the whole log"} as CSV
            </a>
          </div>
          <DataTable
            caption="Audit events, newest first"
            columns={[
              { key: "when", header: "When", className: "py-2" },
              { key: "what", header: "What happened" },
              { key: "organisation", header: "Organisation" },
            ]}
            rowCount={result.events.length}
            empty={
              <EmptyState>
                {hasAuditFilter(filter) ? "No events match these filters." : "Nothing recorded yet."}
              </EmptyState>
            }
          >
            {result.events.map((e) => (
              <AuditEventRow key={e.id} event={e} when={formatDateTime(e.createdAt)} />
            ))}
          </DataTable>
          <Pagination page={result.page} pageCount={result.pageCount} pathname="/admin/audit" query={query} />
        </Card>
      ) : null}
    </div>
  );
}
