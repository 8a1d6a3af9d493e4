import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { Card } from "@/components/ui/card";
import type { getPerson } from "@/lib/people/directory";
import { setGroupsAction } from "../actions";

type TPerson = NonNullable<Awaited<ReturnType<typeof getPerson>>>;

/** The groups a person belongs to and, for a trainer, the groups they see (nothing when the organisation has none). */
export async function GroupsCard({ person }: { person: TPerson }) {
  if (!person.organisation.groups.length) return null;
  const t = await getTranslations("AdminPerson");
  return (
    <Card aria-labelledby="groups-title">
      <h2 id="groups-title" className="font-bold">
        {t("groupsTitle")}
      </h2>
      <ActionForm action={setGroupsAction} submitLabel={t("saveGroups")} pendingLabel={t("saving")} className="mt-2">
        <input type="hidden" name="userId" value={person.id} />
        <fieldset>
          <legend className="text-sm font-medium">{t("memberOf")}</legend>
          {person.organisation.groups.map((g) => (
            <div key={g.id} className="flex items-center gap-2">
              <input
                id={`m-${g.id}`}
                type="checkbox"
                name="memberOf"
                value={g.id}
                defaultChecked={person.memberships.some((m) => m.group.id === g.id)}
              />
              <label htmlFor={`m-${g.id}`}>{g.name}</label>
            </div>
          ))}
        </fieldset>
        {person.role === "TRAINER" ? (
          <fieldset>
            <legend className="text-sm font-medium">{t("trainerSees")}</legend>
            {person.organisation.groups.map((g) => (
              <div key={g.id} className="flex items-center gap-2">
                <input
                  id={`t-${g.id}`}
                  type="checkbox"
                  name="trainerOf"
                  value={g.id}
                  defaultChecked={person.trainerGroups.some((t) => t.groupId === g.id)}
                />
                <label htmlFor={`t-${g.id}`}>{t("trainerFor", { group: g.name })}</label>
              </div>
            ))}
          </fieldset>
        ) : null}
      </ActionForm>
    </Card>
  );
}
