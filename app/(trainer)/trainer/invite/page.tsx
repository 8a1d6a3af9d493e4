import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { requireRole } from "@/lib/auth/current-user";
import { ROLES } from "@/lib/auth/roles";
import { getRequestedOrganisation, listAssignableGroups } from "@/lib/people/organisations";
import { inviteAction } from "./actions";
import { OpenInvitations } from "./open-invitations";
import { cardClassName } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("TrainerInvite"))("title") };
}

export default async function InvitePage({ searchParams }: { searchParams: Promise<{ org?: string }> }) {
  const user = await requireRole("TRAINER", "ADMIN");
  const org = await getRequestedOrganisation(user, (await searchParams).org);
  if (!org) notFound();
  const [groups, t, nav, roles] = await Promise.all([
    listAssignableGroups(user, org.id),
    getTranslations("TrainerInvite"),
    getTranslations("TrainerNav"),
    getTranslations("Roles"),
  ]);
  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ label: nav("compliance"), href: `/trainer?org=${org.id}` }, { label: t("title") }]} />
      <PageHeader title={t("heading", { organisation: org.name })} />
      <p className="text-slate-700">{t("intro")}</p>
      <ActionForm
        action={inviteAction}
        submitLabel={t("send")}
        pendingLabel={t("sending")}
        clearOnSuccess
        className={cardClassName({ className: "max-w-lg" })}
      >
        <input type="hidden" name="organisationId" value={org.id} />
        <div>
          <label htmlFor="invite-name" className="block font-medium">
            {t("name")}
          </label>
          <input
            id="invite-name"
            name="name"
            required
            minLength={2}
            maxLength={120}
            className="mt-1 w-full rounded-md border border-slate-400 px-3 py-2"
          />
        </div>
        <div>
          <label htmlFor="invite-email" className="block font-medium">
            {t("email")}
          </label>
          <input
            id="invite-email"
            name="email"
            type="email"
            required
            maxLength={254}
            className="mt-1 w-full rounded-md border border-slate-400 px-3 py-2"
          />
        </div>
        {user.role === "ADMIN" ? (
          <div>
            <label htmlFor="invite-role" className="block font-medium">
              {t("role")}
            </label>
            <select
              id="invite-role"
              name="role"
              defaultValue="LEARNER"
              className="mt-1 w-full rounded-md border border-slate-400 px-2 py-2"
            >
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {roles(r)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {groups.length ? (
          <fieldset>
            <legend className="font-medium">{t("groups")}</legend>
            <div className="mt-1 space-y-1">
              {groups.map((g) => (
                <div key={g.id} className="flex items-center gap-2">
                  <input id={`group-${g.id}`} type="checkbox" name="groupIds" value={g.id} />
                  <label htmlFor={`group-${g.id}`}>{g.name}</label>
                </div>
              ))}
            </div>
          </fieldset>
        ) : null}
      </ActionForm>
      <OpenInvitations user={user} organisationId={org.id} />
    </div>
  );
}
