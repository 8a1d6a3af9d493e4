import { getTranslations } from "next-intl/server";
import type { TDashboardQuery } from "@/lib/compliance/filters";
import { LEARNER_STATUSES } from "@/lib/enrolments/status";
import { cardClassName } from "@/components/ui/card";
import { FilterButton, FilterSearch, FilterSelect } from "@/components/ui/filter-fields";

type TLearnerFiltersProps = {
  query: TDashboardQuery;
  groups: { id: string; name: string }[];
  /** The filtered table's query, for the CSV export. */
  exportQuery: string;
};

/** Filter the learners by group, status and name (a plain GET form), and export what is shown. */
export async function LearnerFilters({ query, groups, exportQuery }: TLearnerFiltersProps) {
  const [t, status] = await Promise.all([getTranslations("TrainerDashboard"), getTranslations("TrainerStatus")]);
  return (
    <form
      method="get"
      className={cardClassName({ padding: "p-4", className: "flex flex-wrap items-end gap-3" })}
      aria-label={t("filterLearners")}
    >
      {query.org ? <input type="hidden" name="org" value={query.org} /> : null}
      <FilterSelect
        id="f-group"
        name="group"
        label={t("group")}
        defaultValue={query.group ?? ""}
        anyOption={{ value: "", label: t("allGroups") }}
        options={groups.map((g) => ({ value: g.id, label: g.name }))}
      />
      <FilterSelect
        id="f-status"
        name="status"
        label={t("status")}
        defaultValue={query.status ?? ""}
        anyOption={{ value: "", label: t("anyStatus") }}
        options={LEARNER_STATUSES.map((s) => ({ value: s, label: status(s) }))}
      />
      <FilterSearch id="f-q" name="q" label={t("nameOrEmail")} defaultValue={query.q ?? ""} />
      <FilterButton>{t("filter")}</FilterButton>
      <a
        href={`/trainer/export.csv?${exportQuery}`}
        className="rounded-md border border-slate-400 bg-white px-4 py-2 font-medium"
      >
        {t("exportCsv")}
      </a>
    </form>
  );
}
