import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { requireRole } from "@/lib/auth/current-user";
import { ROLES } from "@/lib/auth/roles";
import { formatDate } from "@/lib/format/dates";
import { getPerson } from "@/lib/people/directory";
import { EraseForm } from "./erase-form";
import { changeRoleAction, resetSecondFactorAction, sendResetAction, setActiveAction } from "../actions";
import { GroupsCard } from "./groups-card";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminPerson"))("title") };
}

export default async function PersonPage({ params }: { params: Promise<{ userId: string }> }) {
  const user = await requireRole("ADMIN");
  const person = await getPerson(user, (await params).userId);
  if (!person) notFound();
  const self = person.id === user.id;
  const [t, tHome, tPeople, tRoles, locale] = await Promise.all([
    getTranslations("AdminPerson"),
    getTranslations("AdminHome"),
    getTranslations("AdminPeople"),
    getTranslations("Roles"),
    getLocale(),
  ]);
  return (
    <div className="space-y-6">
      <Breadcrumbs
        items={[
          { label: tHome("title"), href: "/admin" },
          { label: tPeople("title"), href: "/admin/people" },
          { label: person.name },
        ]}
      />
      <PageHeader title={person.name}>
        <p className="text-slate-700">
          {person.email} · {person.organisation.name} · {tRoles(person.role)} ·{" "}
          {person.active ? t("active") : t("deactivated")}
        </p>
        <p className="text-sm text-slate-600">
          {t("joined", { date: formatDate(person.createdAt, { locale }) })} ·{" "}
          {person.lastSignInAt
            ? t("lastSignedIn", { date: formatDate(person.lastSignInAt, { locale }) })
            : t("neverSignedIn")}
          {person.memberships.length
            ? ` · ${t("groupsList", { groups: person.memberships.map((m) => m.group.name).join(", ") })}`
            : ""}
        </p>
        <p className="mt-2">
          <Link href={`/trainer/learners/${person.id}`} className="text-brand-700 underline">
            {t("trainingRecord")}
          </Link>
        </p>
      </PageHeader>
      <GroupsCard person={person} />
      {self ? (
        <p className="rounded-md bg-slate-100 p-3">{t("ownAccount")}</p>
      ) : (
        <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-4">
          <Card aria-labelledby="role-title">
            <h2 id="role-title" className="font-bold">
              {t("roleTitle")}
            </h2>
            <ActionForm
              action={changeRoleAction}
              submitLabel={t("changeRole")}
              pendingLabel={t("saving")}
              className="mt-2"
            >
              <input type="hidden" name="userId" value={person.id} />
              <label htmlFor="role" className="block text-sm font-medium">
                {t("newRole")}
              </label>
              <select
                id="role"
                name="role"
                defaultValue={person.role}
                className="w-full rounded-md border border-slate-400 px-2 py-2"
              >
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {tRoles(r)}
                  </option>
                ))}
              </select>
            </ActionForm>
          </Card>
          <Card aria-labelledby="access-title">
            <h2 id="access-title" className="font-bold">
              {t("accessTitle")}
            </h2>
            <p className="mt-1 text-sm text-slate-700">{person.active ? t("accessActive") : t("accessInactive")}</p>
            <ActionForm
              action={setActiveAction}
              submitLabel={person.active ? t("deactivate") : t("reactivate")}
              pendingLabel={t("saving")}
              danger={person.active}
              className="mt-2"
            >
              <input type="hidden" name="userId" value={person.id} />
              <input type="hidden" name="active" value={person.active ? "false" : "true"} />
            </ActionForm>
          </Card>
          <Card aria-labelledby="reset-title">
            <h2 id="reset-title" className="font-bold">
              {t("passwordTitle")}
            </h2>
            <p className="mt-1 text-sm text-slate-700">{t("passwordIntro")}</p>
            <ActionForm
              action={sendResetAction}
              submitLabel={t("sendReset")}
              pendingLabel={t("sending")}
              className="mt-2"
            >
              <input type="hidden" name="userId" value={person.id} />
            </ActionForm>
          </Card>
          <Card aria-labelledby="second-factor-title">
            <h2 id="second-factor-title" className="font-bold">
              {t("secondFactorTitle")}
            </h2>
            <p className="mt-1 text-sm text-slate-700" data-testid="person-second-factor">
              {person.totpEnabledAt
                ? t("secondFactorOn", { date: formatDate(person.totpEnabledAt, { locale }) })
                : t("secondFactorOff")}
            </p>
            {person.totpEnabledAt ? (
              <ActionForm
                action={resetSecondFactorAction}
                submitLabel={t("resetSecondFactor")}
                pendingLabel={t("resetting")}
                danger
                className="mt-2"
              >
                <input type="hidden" name="userId" value={person.id} />
              </ActionForm>
            ) : null}
          </Card>
        </div>
      )}
      {self ? null : <EraseForm userId={person.id} />}
    </div>
  );
}
