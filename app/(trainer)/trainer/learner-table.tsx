import Link from "next/link";
import type { listLearners, TSort } from "@/lib/compliance/dashboard";
import { dashboardQueryString, type TDashboardQuery } from "@/lib/compliance/filters";
import { cardClassName } from "@/components/ui/card";
import { DataTable, type TColumn } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import { SelectionActions } from "@/components/trainer/selection-actions";
import { remindPeopleAction } from "./reminders/actions";
import { LearnerRows } from "./learner-row";
import { toLearnerRowData } from "./learner-row-data";

type TLearnerTableProps = {
  table: Awaited<ReturnType<typeof listLearners>>;
  query: TDashboardQuery;
  /** The filters the table was drawn with, kept by the sort and page links. */
  base: Partial<TDashboardQuery>;
  /** The course's module titles in course order, so each module's dot can say which it is. */
  moduleTitles: string[];
};

/** The learners matching the filters, sortable and paged, inside the form that reminds them or downloads their certificates. */
export function LearnerTable({ table, query, base, moduleTitles }: TLearnerTableProps) {
  const now = new Date();
  const sortable = (sort: TSort, label: string): TColumn => {
    const dir = query.sort === sort && query.dir === "asc" ? "desc" : "asc";
    const header = (
      <Link href={`/trainer?${dashboardQueryString({ ...base, sort, dir })}`} className="underline">
        {label}
      </Link>
    );
    return { key: sort, header };
  };
  const columns: TColumn[] = [
    { key: "select", header: <span className="sr-only">Select</span>, className: "py-2" },
    sortable("name", "Name"),
    { key: "status", header: "Status" },
    sortable("progress", "Modules"),
    sortable("activity", "Last activity"),
    { key: "score", header: "Score" },
    sortable("completed", "Completed"),
    sortable("expires", "Valid until"),
    sortable("due", "Due"),
  ];
  const pageQuery = Object.fromEntries(
    new URLSearchParams(dashboardQueryString({ ...base, sort: query.sort, dir: query.dir })),
  );
  return (
    <form method="post" action="/trainer/certificates.pdf" className={cardClassName({ padding: "p-4" })}>
      {query.org ? <input type="hidden" name="org" value={query.org} /> : null}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-700" data-testid="learner-count">
          {table.total} {table.total === 1 ? "person" : "people"} match
        </p>
        <SelectionActions
          name="userId"
          hint="Tick people to send them a reminder or download their certificates."
          action={remindPeopleAction}
          actionLabel="Send a reminder to selected people"
          actionPendingLabel="Sending reminders…"
          submitLabel="Download certificates of selected people (PDF)"
          submitOnly="data-certificate"
          submitHint="None of the people ticked has a certificate to download yet."
        />
      </div>
      <div className="mt-2 overflow-x-auto">
        <DataTable
          caption="Learners"
          columns={columns}
          rowCount={table.learners.length}
          className="learner-table"
          stackOnPhone
        >
          <LearnerRows
            rows={table.learners.map((l) => toLearnerRowData(l, now))}
            org={query.org}
            moduleTitles={moduleTitles}
          />
        </DataTable>
      </div>
      <Pagination page={table.page} pageCount={table.pageCount} pathname="/trainer" query={pageQuery} />
    </form>
  );
}
