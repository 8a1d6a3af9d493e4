import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { requireRole } from "@/lib/auth/current-user";
import { getRequestedOrganisation, listAssignableGroups } from "@/lib/people/organisations";
import { assignAction } from "./actions";
import { cardClassName } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("TrainerAssign"))("title") };
}

export default async function AssignPage({ searchParams }: { searchParams: Promise<{ org?: string }> }) {
  const user = await requireRole("TRAINER", "ADMIN");
  const org = await getRequestedOrganisation(user, (await searchParams).org);
  if (!org) notFound();
  const [groups, t, nav] = await Promise.all([
    listAssignableGroups(user, org.id),
    getTranslations("TrainerAssign"),
    getTranslations("TrainerNav"),
  ]);
  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ label: nav("compliance"), href: `/trainer?org=${org.id}` }, { label: t("title") }]} />
      <PageHeader title={t("title")} />
      <p className="text-slate-700">{t("intro", { organisation: org.name })}</p>
      <ActionForm
        action={assignAction}
        submitLabel={t("assign")}
        pendingLabel={t("assigning")}
        className={cardClassName({ className: "max-w-xl" })}
      >
        <input type="hidden" name="organisationId" value={org.id} />
        <fieldset className="space-y-2">
          <legend className="font-medium">{t("who")}</legend>
          <div className="flex items-center gap-2">
            <input id="t-group" type="radio" name="target" value="group" defaultChecked={groups.length > 0} />
            <label htmlFor="t-group">{t("aGroup")}</label>
            <label htmlFor="groupId" className="sr-only">
              {t("group")}
            </label>
            <select id="groupId" name="groupId" className="ml-2 rounded-md border border-slate-400 px-2 py-1">
              {groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </select>
          </div>
          <div className="flex items-start gap-2">
            <input id="t-people" type="radio" name="target" value="people" />
            <div className="grow">
              <label htmlFor="t-people">{t("thesePeople")}</label>
              <label htmlFor="emails" className="sr-only">
                {t("emails")}
              </label>
              <textarea
                id="emails"
                name="emails"
                rows={3}
                placeholder={t("emailsPlaceholder")}
                className="mt-1 w-full rounded-md border border-slate-400 px-2 py-1"
              />
            </div>
          </div>
          <div className="flex items-center gap-2">
            <input id="t-org" type="radio" name="target" value="organisation" defaultChecked={groups.length === 0} />
            <label htmlFor="t-org">{t("everyone", { organisation: org.name })}</label>
          </div>
        </fieldset>
        <div>
          <label htmlFor="dueDate" className="block font-medium">
            {t("dueDate")}
          </label>
          <input
            id="dueDate"
            name="dueDate"
            type="date"
            required
            className="mt-1 rounded-md border border-slate-400 px-3 py-2"
          />
        </div>
      </ActionForm>
    </div>
  );
}
