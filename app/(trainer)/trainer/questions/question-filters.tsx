import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { FilterSelect } from "@/components/ui/filter-fields";

type TQuestionFiltersProps = {
  /** Administrators choose among every organisation (or all of them); a trainer stays in theirs. */
  showOrganisations: boolean;
  organisations: { id: string; name: string }[];
  selectedOrg: string;
  groups: { id: string; name: string }[];
  selectedGroup?: string;
  /** A trainer limited to some groups: "all" means all of theirs. */
  limitedToGroups: boolean;
};

/** Choose the organisation and group the question report covers (a plain GET form). */
export async function QuestionFilters(props: TQuestionFiltersProps) {
  const t = await getTranslations("TrainerQuestions");
  const { showOrganisations, organisations, selectedOrg, groups, selectedGroup, limitedToGroups } = props;
  return (
    <Card as="form" method="get" padding="p-4" className="flex flex-wrap items-end gap-3">
      {showOrganisations ? (
        <FilterSelect
          id="qa-org"
          name="org"
          label={t("organisation")}
          defaultValue={selectedOrg}
          anyOption={{ value: "all", label: t("everyOrganisationOption") }}
          options={organisations.map((o) => ({ value: o.id, label: o.name }))}
        />
      ) : (
        <input type="hidden" name="org" value={selectedOrg} />
      )}
      {groups.length ? (
        <FilterSelect
          id="qa-group"
          name="group"
          label={t("group")}
          defaultValue={selectedGroup ?? ""}
          anyOption={{ value: "", label: limitedToGroups ? t("allYourGroups") : t("wholeOrganisation") }}
          options={groups.map((g) => ({ value: g.id, label: g.name }))}
        />
      ) : null}
      <button type="submit" className="rounded-md border border-slate-400 bg-white px-4 py-2 font-medium">
        {t("show")}
      </button>
    </Card>
  );
}
