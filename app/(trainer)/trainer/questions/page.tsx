import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/current-user";
import { readDashboardQuery } from "@/lib/compliance/filters";
import { getManagedOrganisation, listOrganisations } from "@/lib/people/organisations";
import { trainerGroupIds } from "@/lib/people/scope";
import { getItemAnalysis } from "@/lib/reports/item-analysis";
import { MIN_PEOPLE } from "@/lib/reports/item-stats";
import { PageHeader } from "@/components/ui/page-header";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { HardestQuestions } from "./hardest-questions";
import { ModuleQuestions } from "./module-questions";
import { QuestionFilters } from "./question-filters";
import { getDefaultCourse } from "@/lib/course";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("TrainerQuestions"))("title") };
}

export default async function QuestionAnalysisPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireRole("TRAINER", "ADMIN");
  const query = readDashboardQuery(await searchParams);
  const everyOrganisation = user.role === "ADMIN" && query.org === "all";
  const org = everyOrganisation ? null : await getManagedOrganisation(user, query.org ?? user.organisationId);
  if (!everyOrganisation && !org) notFound();
  // A trainer limited to some groups chooses among those; "all" then means all of theirs.
  const limit = await trainerGroupIds(user);
  const groups = (org?.groups ?? []).filter((g) => !limit || limit.includes(g.id));
  const group = groups.find((g) => g.id === query.group);
  const analysis = await getItemAnalysis(user, getDefaultCourse(), {
    organisationId: everyOrganisation ? "all" : org!.id,
    groupId: group?.id,
  });
  const [organisations, t, nav] = await Promise.all([
    user.role === "ADMIN" ? listOrganisations(user) : [],
    getTranslations("TrainerQuestions"),
    getTranslations("TrainerNav"),
  ]);
  const scopeName = everyOrganisation
    ? t("scopeEvery")
    : t("scopeOrganisation", { name: `${org!.name}${group ? `, ${group.name}` : ""}` });

  return (
    <div className="space-y-6">
      <Breadcrumbs
        items={[{ label: nav("compliance"), href: `/trainer${org ? `?org=${org.id}` : ""}` }, { label: t("title") }]}
      />
      <PageHeader title={t("title")}>
        <p className="mt-2 max-w-3xl text-slate-700">{t("intro", { scope: scopeName, min: MIN_PEOPLE })}</p>
      </PageHeader>

      <QuestionFilters
        organisations={organisations}
        selectedOrg={everyOrganisation ? "all" : org!.id}
        showOrganisations={user.role === "ADMIN"}
        groups={groups}
        selectedGroup={group?.id}
        limitedToGroups={!!limit}
      />

      <HardestQuestions hardest={analysis.hardest} />

      {analysis.modules.map(({ module: m, questions }) => (
        <ModuleQuestions key={m.id} title={m.title} questions={questions} />
      ))}
    </div>
  );
}
