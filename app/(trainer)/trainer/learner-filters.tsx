import type { TDashboardQuery } from "@/lib/compliance/filters";
import { LEARNER_STATUS_LABELS, LEARNER_STATUSES } from "@/lib/enrolments/status";
import { cardClassName } from "@/components/ui/card";

const SELECT = "mt-1 rounded-md border border-slate-400 px-2 py-2";

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
      <div>
        <label htmlFor="f-group" className="block text-sm font-medium">
          Group
        </label>
        <select id="f-group" name="group" defaultValue={query.group ?? ""} className={SELECT}>
          <option value="">All groups</option>
          {groups.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="f-status" className="block text-sm font-medium">
          Status
        </label>
        <select id="f-status" name="status" defaultValue={query.status ?? ""} className={SELECT}>
          <option value="">Any status</option>
          {LEARNER_STATUSES.map((s) => (
            <option key={s} value={s}>
              {LEARNER_STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="grow">
        <label htmlFor="f-q" className="block text-sm font-medium">
          Name or email
        </label>
        <input
          id="f-q"
          name="q"
          defaultValue={query.q ?? ""}
          className="mt-1 w-full rounded-md border border-slate-400 px-3 py-2"
        />
      </div>
      <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
        Filter
      </button>
      <a
        href={`/trainer/export.csv?${exportQuery}`}
        className="rounded-md border border-slate-400 bg-white px-4 py-2 font-medium"
      >
        Export CSV
      </a>
    </form>
  );
}
