import type { Metadata } from "next";
import { notFound } from "next/navigation";
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

export const metadata: Metadata = { title: "What staff get wrong" };

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
  const organisations = user.role === "ADMIN" ? await listOrganisations(user) : [];
  const scopeName = everyOrganisation ? "every organisation" : `${org!.name}${group ? `, ${group.name}` : ""}`;

  return (
    <div className="space-y-6">
      <Breadcrumbs
        items={[
          { label: "Compliance", href: `/trainer${org ? `?org=${org.id}` : ""}` },
          { label: "What staff get wrong" },
        ]}
      />
      <PageHeader title="What staff get wrong">
        <p className="mt-2 max-w-3xl text-slate-700">
          How people in {scopeName} answered each quiz question, first tries and retakes alike: the share who got it
          right, the wrong answer chosen most, and the lesson to go over at your next staff meeting. These are totals
          for the current version of the course: no one&apos;s own answers are shown, and a question&apos;s figures
          appear once at least {MIN_PEOPLE} people have answered it.
        </p>
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
