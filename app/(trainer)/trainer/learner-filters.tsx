import type { TDashboardQuery } from "@/lib/compliance/filters";
import { LEARNER_STATUS_LABELS, LEARNER_STATUSES } from "@/lib/enrolments/status";
import { cardClassName } from "@/components/ui/card";
import { FilterButton, FilterSearch, FilterSelect } from "@/components/ui/filter-fields";

type TLearnerFiltersProps = {
  query: TDashboardQuery;
  groups: { id: string; name: string }[];
  /** The filtered table's query, for the CSV export. */
  exportQuery: string;
};

/** Filter the learners by group, status and name (a plain GET form), and export what is shown. */
export function LearnerFilters({ query, groups, exportQuery }: TLearnerFiltersProps) {
  return (
    <form
      method="get"
      className={cardClassName({ padding: "p-4", className: "flex flex-wrap items-end gap-3" })}
      aria-label="Filter learners"
    >
      {query.org ? <input type="hidden" name="org" value={query.org} /> : null}
      <FilterSelect
        id="f-group"
        name="group"
        label="Group"
        defaultValue={query.group ?? ""}
        anyOption={{ value: "", label: "All groups" }}
        options={groups.map((g) => ({ value: g.id, label: g.name }))}
      />
      <FilterSelect
        id="f-status"
        name="status"
        label="Status"
        defaultValue={query.status ?? ""}
        anyOption={{ value: "", label: "Any status" }}
        options={LEARNER_STATUSES.map((s) => ({ value: s, label: LEARNER_STATUS_LABELS[s] }))}
      />
      <FilterSearch id="f-q" name="q" label="Name or email" defaultValue={query.q ?? ""} />
      <FilterButton>Filter</FilterButton>
      <a
        href={`/trainer/export.csv?${exportQuery}`}
        className="rounded-md border border-slate-400 bg-white px-4 py-2 font-medium"
      >
        Export CSV
      </a>
    </form>
  );
}
