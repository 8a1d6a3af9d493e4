import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/current-user";
import { getDefaultCourse } from "@/lib/course";
import { getCoverageCharts } from "@/lib/compliance/coverage";
import { listLearners } from "@/lib/compliance/dashboard";
import { getDashboardFigures, tableTotalFromFigures } from "@/lib/compliance/dashboard-figures";
import { dashboardQueryString, readDashboardQuery } from "@/lib/compliance/filters";
import { getManagedOrganisationName } from "@/lib/people/organisations";
import { ComplianceSummary } from "./compliance-summary";
import { CoverageCharts } from "./coverage-charts";
import { GroupBreakdown } from "./group-breakdown";
import { LearnerFilters } from "./learner-filters";
import { LearnerTable } from "./learner-table";
import { MonthsAheadChart } from "./months-ahead-chart";
import { RemindOverdue } from "./remind-overdue";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("TrainerDashboard"))("title") };
}

export default async function TrainerDashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireRole("TRAINER", "ADMIN");
  const query = readDashboardQuery(await searchParams);
  const org = await getManagedOrganisationName(user, query.org ?? user.organisationId);
  if (!org) notFound();
  const filter = { organisationId: org.id, groupId: query.group, status: query.status, q: query.q };
  const course = getDefaultCourse();
  // The figures are kept for a short while (lib/compliance/dashboard-figures.ts); the table's rows are read every time.
  const { summary, groups, version } = await getDashboardFigures(user, course, {
    organisationId: org.id,
    groupId: query.group,
  });
  const [table, coverage, t] = await Promise.all([
    listLearners(user, course, { ...filter, sort: query.sort, dir: query.dir, page: query.page }, undefined, {
      total: tableTotalFromFigures(summary, query),
    }),
    // Kept per scope like the figures; it charts everyone the trainer may see and each of their groups.
    // The figures version read once for the page: the charts are kept under the same one as the figures.
    getCoverageCharts(user, course, { organisationId: org.id, version }),
    getTranslations("TrainerDashboard"),
  ]);
  const base = { org: query.org, group: query.group, status: query.status, q: query.q };
  const exportQuery = dashboardQueryString({ ...base, sort: query.sort, dir: query.dir });

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("heading", { organisation: org.name })}
        description={t("description", {
          course: course.title,
          total: summary.total,
          inGroup: query.group ? "yes" : "no",
        })}
      />
      {/* The figures count the organisation or group, not a name search: their links keep only those. */}
      <ComplianceSummary summary={summary} base={{ org: query.org, group: query.group, status: query.status }} />
      <GroupBreakdown groups={groups} org={query.org} />
      <RemindOverdue overdue={summary.byStatus.overdue} org={query.org} group={query.group} />
      <LearnerFilters query={query} groups={groups} exportQuery={exportQuery} />
      <LearnerTable table={table} query={query} base={base} moduleTitles={course.modules.map((m) => m.title)} />
      <MonthsAheadChart ahead={summary.ahead} group={!!query.group} />
      <CoverageCharts coverage={coverage} />
    </div>
  );
}
