import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { listLearners, TSort } from "@/lib/compliance/dashboard";
import { dashboardQueryString, type TDashboardQuery } from "@/lib/compliance/filters";
import { cardClassName } from "@/components/ui/card";
import { DataTable, type TColumn } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import { SelectionActions } from "@/components/trainer/selection-actions";
import { remindPeopleAction } from "./reminders/actions";
import { LearnerRows } from "./learner-row";
import { learnerRowLabels, toLearnerRowData } from "./learner-row-data";

type TLearnerTableProps = {
  table: Awaited<ReturnType<typeof listLearners>>;
  query: TDashboardQuery;
  /** The filters the table was drawn with, kept by the sort and page links. */
  base: Partial<TDashboardQuery>;
  /** The course's module titles in course order, so each module's dot can say which it is. */
  moduleTitles: string[];
};

/** The learners matching the filters, sortable and paged, inside the form that reminds them or downloads their certificates. */
export async function LearnerTable({ table, query, base, moduleTitles }: TLearnerTableProps) {
  const now = new Date();
  const [t, status, locale] = await Promise.all([
    getTranslations("TrainerDashboard"),
    getTranslations("TrainerStatus"),
    getLocale(),
  ]);
  const words = { locale, daysOverdue: (days: number) => t("daysOverdue", { days }) };
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
    { key: "select", header: <span className="sr-only">{t("select")}</span>, className: "py-2" },
    sortable("name", t("name")),
    { key: "status", header: t("status") },
    sortable("progress", t("modules")),
    sortable("activity", t("lastActivity")),
    { key: "score", header: t("score") },
    sortable("completed", t("completed")),
    sortable("expires", t("validUntil")),
    sortable("due", t("due")),
  ];
  const pageQuery = Object.fromEntries(
    new URLSearchParams(dashboardQueryString({ ...base, sort: query.sort, dir: query.dir })),
  );
  return (
    <form method="post" action="/trainer/certificates.pdf" className={cardClassName({ padding: "p-4" })}>
      {query.org ? <input type="hidden" name="org" value={query.org} /> : null}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-700" data-testid="learner-count">
          {t("match", { count: table.total })}
        </p>
        <SelectionActions
          name="userId"
          hint={t("selectionHint")}
          action={remindPeopleAction}
          actionLabel={t("remindSelected")}
          actionPendingLabel={t("sendingReminders")}
          submitLabel={t("downloadSelected")}
          submitOnly="data-certificate"
          submitHint={t("noCertificates")}
          selectedCount={t.raw("selectedCount") as string}
        />
      </div>
      <div className="mt-2 overflow-x-auto">
        <DataTable
          caption={t("learners")}
          columns={columns}
          rowCount={table.learners.length}
          className="learner-table"
          stackOnPhone
        >
          <LearnerRows
            rows={table.learners.map((l) => toLearnerRowData(l, now, words))}
            org={query.org}
            moduleTitles={moduleTitles}
            labels={learnerRowLabels(
              (key) => t.raw(key) as string,
              (s) => status(s),
            )}
          />
        </DataTable>
      </div>
      <Pagination page={table.page} pageCount={table.pageCount} pathname="/trainer" query={pageQuery} />
    </form>
  );
}
