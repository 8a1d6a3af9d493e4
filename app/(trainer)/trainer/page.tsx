import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/current-user";
import { getDefaultCourse } from "@/lib/course";
import { getComplianceSummary, getGroupBreakdown, listLearners } from "@/lib/compliance/dashboard";
import { dashboardQueryString, readDashboardQuery } from "@/lib/compliance/filters";
import { getManagedOrganisation } from "@/lib/people/organisations";
import { ComplianceSummary } from "./compliance-summary";
import { GroupBreakdown } from "./group-breakdown";
import { LearnerFilters } from "./learner-filters";
import { LearnerTable } from "./learner-table";
import { RemindOverdue } from "./remind-overdue";

export const metadata: Metadata = { title: "Compliance" };

export default async function TrainerDashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireRole("TRAINER", "ADMIN");
  const query = readDashboardQuery(await searchParams);
  const org = await getManagedOrganisation(user, query.org ?? user.organisationId);
  if (!org) notFound();
  const filter = { organisationId: org.id, groupId: query.group, status: query.status, q: query.q };
  const [summary, groups, table] = await Promise.all([
    getComplianceSummary(user, getDefaultCourse(), { organisationId: org.id, groupId: query.group }),
    getGroupBreakdown(user, getDefaultCourse(), { organisationId: org.id }),
    listLearners(user, getDefaultCourse(), { ...filter, sort: query.sort, dir: query.dir, page: query.page }),
  ]);
  const course = getDefaultCourse();
  const base = { org: query.org, group: query.group, status: query.status, q: query.q };
  const exportQuery = dashboardQueryString({ ...base, sort: query.sort, dir: query.dir });

  return (
    <div className="space-y-6">
      <PageHeader
        title={`Compliance: ${org.name}`}
        description={`${course.title} · ${summary.total} people${query.group ? " in this group" : ""}`}
      />
      {/* The figures count the organisation or group, not a name search: their links keep only those. */}
      <ComplianceSummary summary={summary} base={{ org: query.org, group: query.group, status: query.status }} />
      <GroupBreakdown groups={groups} org={query.org} />
      <RemindOverdue overdue={summary.byStatus.overdue} org={query.org} group={query.group} />
      <LearnerFilters query={query} groups={groups} exportQuery={exportQuery} />
      <LearnerTable
        table={table}
        query={query}
        base={base}
        moduleTitles={Object.fromEntries(course.modules.map((m) => [m.id, m.title]))}
      />
    </div>
  );
}
