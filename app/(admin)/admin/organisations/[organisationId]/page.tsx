import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { requireRole } from "@/lib/auth/current-user";
import { getManagedOrganisation } from "@/lib/people/organisations";
import { MAX_QUIZ_RETAKE_WAIT_MINUTES } from "@/lib/people/organisations";
import {
  createGroupAction,
  deleteGroupAction,
  setQuizRetakeWaitAction,
  setTrainersNeedSecondFactorAction,
} from "../actions";
import { Card, CardTitle } from "@/components/ui/card";
import { ssoProviderNames } from "@/lib/auth/sso/providers";
import { getEnv } from "@/lib/env";
import { SingleSignOnCard } from "./single-sign-on-card";
import { CertificatesCard } from "./certificates-card";
import { LanguageCard } from "./language-card";
import { getCertificateSettings } from "@/lib/certificates/signatory";
import { PageHeader } from "@/components/ui/page-header";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminOrganisation"))("title") };
}

export default async function OrganisationPage({ params }: { params: Promise<{ organisationId: string }> }) {
  const user = await requireRole("ADMIN");
  const org = await getManagedOrganisation(user, (await params).organisationId);
  if (!org) notFound();
  const [certificateSettings, t, tHome, tList] = await Promise.all([
    getCertificateSettings(user, org.id),
    getTranslations("AdminOrganisation"),
    getTranslations("AdminHome"),
    getTranslations("AdminOrganisations"),
  ]);
  return (
    <div className="space-y-6">
      <Breadcrumbs
        items={[
          { label: tHome("title"), href: "/admin" },
          { label: tList("title"), href: "/admin/organisations" },
          { label: org.name },
        ]}
      />
      <PageHeader title={`${org.name}`} />
      <p className="flex flex-wrap gap-4">
        <Link href={`/trainer/invite?org=${org.id}`} className="font-medium text-brand-700 underline">
          {t("invite")}
        </Link>
        <Link href={`/trainer/import?org=${org.id}`} className="font-medium text-brand-700 underline">
          {t("import")}
        </Link>
        <Link href={`/admin/people?org=${org.id}`} className="font-medium text-brand-700 underline">
          {t("people")}
        </Link>
        <Link href={`/trainer/contacts?org=${org.id}`} className="font-medium text-brand-700 underline">
          {t("contacts")}
        </Link>
      </p>
      <Card aria-labelledby="quiz-settings-title">
        <CardTitle id="quiz-settings-title">{t("quizTitle")}</CardTitle>
        <p className="mt-2 text-slate-700">{t("quizIntro")}</p>
        <ActionForm
          action={setQuizRetakeWaitAction}
          submitLabel={t("quizSave")}
          pendingLabel={t("saving")}
          className="mt-4 max-w-md"
        >
          <input type="hidden" name="organisationId" value={org.id} />
          <label htmlFor="retake-wait" className="block font-medium">
            {t("quizWaitLabel")}
          </label>
          <input
            id="retake-wait"
            name="minutes"
            type="number"
            inputMode="numeric"
            min={0}
            max={MAX_QUIZ_RETAKE_WAIT_MINUTES}
            step={1}
            required
            defaultValue={org.quizRetakeWaitMinutes}
            className="w-40 rounded-md border border-slate-400 px-3 py-2"
          />
        </ActionForm>
      </Card>
      <LanguageCard organisation={org} />
      <Card aria-labelledby="sign-in-rules-title">
        <CardTitle id="sign-in-rules-title">{t("signInTitle")}</CardTitle>
        <p className="mt-2 text-slate-700">{t("signInIntro")}</p>
        <ActionForm
          action={setTrainersNeedSecondFactorAction}
          submitLabel={t("signInSave")}
          pendingLabel={t("saving")}
          className="mt-4 max-w-xl"
          testId="trainer-second-factor-form"
        >
          <input type="hidden" name="organisationId" value={org.id} />
          <fieldset>
            <legend className="font-medium">{t("signInLegend", { organisation: org.name })}</legend>
            <label className="mt-2 flex items-start gap-2">
              <input type="radio" name="required" value="yes" defaultChecked={org.trainersNeedSecondFactor} />
              <span>{t("signInNeedCode")}</span>
            </label>
            <label className="mt-1 flex items-start gap-2">
              <input type="radio" name="required" value="no" defaultChecked={!org.trainersNeedSecondFactor} />
              <span>{t("signInPasswordAlone")}</span>
            </label>
          </fieldset>
        </ActionForm>
      </Card>
      <SingleSignOnCard org={org} providers={ssoProviderNames(getEnv())} />
      {certificateSettings ? <CertificatesCard org={org} settings={certificateSettings} /> : null}
      <Card aria-labelledby="groups-title">
        <CardTitle id="groups-title">{t("groupsTitle")}</CardTitle>
        {org.groups.length ? (
          <ul className="mt-3 divide-y divide-slate-200">
            {org.groups.map((g) => (
              <li key={g.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
                <span>
                  {g.name} <span className="text-slate-600">{t("groupPeople", { count: g._count.memberships })}</span>
                </span>
                <ActionForm
                  action={deleteGroupAction}
                  submitLabel={t("removeGroup", { name: g.name })}
                  pendingLabel={t("removing")}
                  danger
                >
                  <input type="hidden" name="groupId" value={g.id} />
                  <input type="hidden" name="organisationId" value={org.id} />
                </ActionForm>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-slate-700">{t("noGroups")}</p>
        )}
        <ActionForm
          action={createGroupAction}
          submitLabel={t("addGroup")}
          pendingLabel={t("saving")}
          clearOnSuccess
          className="mt-4 max-w-md"
        >
          <input type="hidden" name="organisationId" value={org.id} />
          <label htmlFor="group-name" className="block font-medium">
            {t("newGroupName")}
          </label>
          <input
            id="group-name"
            name="name"
            required
            minLength={2}
            maxLength={120}
            className="w-full rounded-md border border-slate-400 px-3 py-2"
          />
        </ActionForm>
      </Card>
    </div>
  );
}
