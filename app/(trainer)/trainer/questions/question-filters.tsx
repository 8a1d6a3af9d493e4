import { Card } from "@/components/ui/card";

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
export function QuestionFilters(props: TQuestionFiltersProps) {
  const { showOrganisations, organisations, selectedOrg, groups, selectedGroup, limitedToGroups } = props;
  return (
    <Card as="form" method="get" padding="p-4" className="flex flex-wrap items-end gap-3">
      {showOrganisations ? (
        <div>
          <label htmlFor="qa-org" className="block text-sm font-medium">
            Organisation
          </label>
          <select
            id="qa-org"
            name="org"
            defaultValue={selectedOrg}
            className="mt-1 rounded-md border border-slate-400 px-2 py-2"
          >
            <option value="all">Every organisation</option>
            {organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <input type="hidden" name="org" value={selectedOrg} />
      )}
      {groups.length ? (
        <div>
          <label htmlFor="qa-group" className="block text-sm font-medium">
            Group
          </label>
          <select
            id="qa-group"
            name="group"
            defaultValue={selectedGroup ?? ""}
            className="mt-1 rounded-md border border-slate-400 px-2 py-2"
          >
            <option value="">{limitedToGroups ? "All your groups" : "The whole organisation"}</option>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <button type="submit" className="rounded-md border border-slate-400 bg-white px-4 py-2 font-medium">
        Show
      </button>
    </Card>
  );
}
