import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/current-user";
import { dashboardQueryString, readDashboardQuery } from "@/lib/compliance/filters";
import { getContactsReview } from "@/lib/people/contacts";
import { contactsReviewState, describeContactsReview } from "@/lib/people/contacts-review";
import { getManagedOrganisation } from "@/lib/people/organisations";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

export const metadata: Metadata = { title: "Inspection evidence" };

export default async function EvidencePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireRole("TRAINER", "ADMIN");
  const query = readDashboardQuery(await searchParams);
  const org = await getManagedOrganisation(user, query.org ?? user.organisationId);
  if (!org) notFound();
  const { reviewedAt } = await getContactsReview(user, org.id);
  const now = new Date();
  const reviewDue = contactsReviewState(reviewedAt, now) !== "current";
  const group = org.groups.find((g) => g.id === query.group);
  const qs = dashboardQueryString({ org: org.id, group: group?.id });
  return (
    <div className="space-y-6">
      <Breadcrumbs
        items={[{ label: "Compliance", href: `/trainer?org=${org.id}` }, { label: "Inspection evidence" }]}
      />
      <PageHeader title="Inspection evidence" />
      <p className="text-slate-700">
        A summary for {org.name}
        {group ? `, group ${group.name}` : ""}: your designated safeguarding lead and deputies, completion by group,
        everyone&apos;s status with the dates they were assigned the course, were due, completed it and are covered
        until, who is overdue or expiring, the content versions completed (who holds an older version, and what has
        changed since) and the renewal policy, ending with lines for the head or manager, the DSL and a governor to
        sign. A certificate that is still valid counts as completed, as on the dashboard, even when it expires soon;
        those are counted apart too. The CSV has every person&apos;s full record to match.
      </p>
      <p
        className={`rounded-md p-3 ${reviewDue ? "bg-amber-50 text-amber-950 ring-1 ring-amber-400" : "bg-slate-100"}`}
        data-testid="contacts-reviewed"
      >
        {describeContactsReview(reviewedAt, now)}{" "}
        <Link href={`/trainer/contacts?org=${org.id}`} className="text-brand-700 underline">
          {reviewDue ? "Review the safeguarding contacts" : "See the safeguarding contacts"}
        </Link>
      </p>
      <Card as="form" method="get" padding="p-4" className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="org" value={org.id} />
        <div>
          <label htmlFor="e-group" className="block text-sm font-medium">
            For
          </label>
          <select
            id="e-group"
            name="group"
            defaultValue={group?.id ?? ""}
            className="mt-1 rounded-md border border-slate-400 px-2 py-2"
          >
            <option value="">The whole organisation</option>
            {org.groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded-md border border-slate-400 bg-white px-4 py-2 font-medium">
          Choose
        </button>
      </Card>
      <div className="flex flex-wrap gap-3">
        <a href={`/trainer/evidence.pdf?${qs}`} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
          Download the summary (PDF)
        </a>
        <a
          href={`/trainer/export.csv?${qs}`}
          className="rounded-md border border-slate-400 bg-white px-4 py-2 font-medium"
        >
          Download the records (CSV)
        </a>
      </div>
    </div>
  );
}
