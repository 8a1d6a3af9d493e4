import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LearnerStatusBadge } from "@/components/learner-status-badge";
import { requireRole } from "@/lib/auth/current-user";
import { formatShortDate } from "@/lib/format/dates";
import { getDefaultCourse } from "@/lib/course";
import { getComplianceSummary, getGroupBreakdown, listLearners, SORTS } from "@/lib/compliance/dashboard";
import { dashboardQueryString, readDashboardQuery } from "@/lib/compliance/filters";
import { LEARNER_STATUS_LABELS, LEARNER_STATUSES } from "@/lib/enrolments/status";
import { getManagedOrganisation } from "@/lib/people/organisations";

export const metadata: Metadata = { title: "Compliance" };

const d = (date: Date | null) => (date ? formatShortDate(date) : "–");

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
  const sortHref = (sort: keyof typeof SORTS) =>
    `/trainer?${dashboardQueryString({ ...base, sort, dir: query.sort === sort && query.dir === "asc" ? "desc" : "asc" })}`;
  const exportQuery = dashboardQueryString({ ...base, sort: query.sort, dir: query.dir });
  const headline: [string, number | string, string?][] = [
    ["Completion", `${summary.completionPercent}%`],
    ["Completed", summary.byStatus.completed + summary.byStatus.expiring],
    ["In progress", summary.byStatus["in-progress"]],
    ["Not started", summary.byStatus["not-started"]],
    ["Overdue", summary.byStatus.overdue, "text-red-700"],
    ["Expiring in 30 days", summary.byStatus.expiring, "text-amber-800"],
  ];

  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold sm:text-3xl">Compliance: {org.name}</h1>
          <p className="text-slate-700">
            {course.title} · {summary.total} people{query.group ? " in this group" : ""}
          </p>
        </div>
        <nav aria-label="Trainer tasks" className="flex flex-wrap gap-3 text-sm font-medium">
          <Link href={`/trainer/assign?org=${org.id}`} className="text-brand-700 underline">
            Assign the course
          </Link>
          <Link href={`/trainer/invite?org=${org.id}`} className="text-brand-700 underline">
            Invite (and pending invitations)
          </Link>
          <Link href={`/trainer/import?org=${org.id}`} className="text-brand-700 underline">
            Import CSV
          </Link>
          <Link href={`/trainer/contacts?org=${org.id}`} className="text-brand-700 underline">
            Safeguarding contacts
          </Link>
          <Link
            href={`/trainer/evidence?${dashboardQueryString({ org: org.id, group: query.group })}`}
            className="text-brand-700 underline"
          >
            Inspection evidence
          </Link>
          <Link
            href={`/trainer/questions?${dashboardQueryString({ org: org.id, group: query.group })}`}
            className="text-brand-700 underline"
          >
            What staff get wrong
          </Link>
        </nav>
      </header>

      <section aria-label="Headline figures" className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        {headline.map(([label, value, colour]) => (
          <div key={label} className="rounded-xl bg-white p-4 shadow-sm">
            <p className="text-sm text-slate-600">{label}</p>
            <p
              className={`text-2xl font-bold ${colour ?? ""}`}
              data-testid={`headline-${label.toLowerCase().replace(/\s+/g, "-")}`}
            >
              {value}
            </p>
          </div>
        ))}
      </section>

      {groups.length ? (
        <section aria-labelledby="groups-title" className="overflow-x-auto rounded-xl bg-white p-4 shadow-sm">
          <h2 id="groups-title" className="text-lg font-bold">
            By group
          </h2>
          <table className="mt-2 w-full text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-1">
                  Group
                </th>
                <th scope="col" className="text-right">
                  People
                </th>
                <th scope="col" className="text-right">
                  Completion
                </th>
                <th scope="col" className="text-right">
                  Overdue
                </th>
                <th scope="col" className="text-right">
                  Expiring
                </th>
                <th scope="col" className="text-right">
                  Not started
                </th>
              </tr>
            </thead>
            <tbody>
              {groups.map((g) => (
                <tr key={g.id} className="border-b border-slate-100">
                  <td className="py-1">
                    <Link
                      href={`/trainer?${dashboardQueryString({ org: query.org, group: g.id })}`}
                      className="text-brand-700 underline"
                    >
                      {g.name}
                    </Link>
                  </td>
                  <td className="text-right">{g.total}</td>
                  <td className="text-right">{g.completionPercent}%</td>
                  <td className={`text-right ${g.byStatus.overdue ? "font-semibold text-red-700" : ""}`}>
                    {g.byStatus.overdue}
                  </td>
                  <td className="text-right">{g.byStatus.expiring}</td>
                  <td className="text-right">{g.byStatus["not-started"]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      <form
        method="get"
        className="flex flex-wrap items-end gap-3 rounded-xl bg-white p-4 shadow-sm"
        aria-label="Filter learners"
      >
        {query.org ? <input type="hidden" name="org" value={query.org} /> : null}
        <div>
          <label htmlFor="f-group" className="block text-sm font-medium">
            Group
          </label>
          <select
            id="f-group"
            name="group"
            defaultValue={query.group ?? ""}
            className="mt-1 rounded-md border border-slate-400 px-2 py-2"
          >
            <option value="">All groups</option>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-status" className="block text-sm font-medium">
            Status
          </label>
          <select
            id="f-status"
            name="status"
            defaultValue={query.status ?? ""}
            className="mt-1 rounded-md border border-slate-400 px-2 py-2"
          >
            <option value="">Any status</option>
            {LEARNER_STATUSES.map((s) => (
              <option key={s} value={s}>
                {LEARNER_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="grow">
          <label htmlFor="f-q" className="block text-sm font-medium">
            Name or email
          </label>
          <input
            id="f-q"
            name="q"
            defaultValue={query.q ?? ""}
            className="mt-1 w-full rounded-md border border-slate-400 px-3 py-2"
          />
        </div>
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
          Filter
        </button>
        <a
          href={`/trainer/export.csv?${exportQuery}`}
          className="rounded-md border border-slate-400 bg-white px-4 py-2 font-medium"
        >
          Export CSV
        </a>
      </form>

      <form method="post" action="/trainer/certificates.pdf" className="rounded-xl bg-white p-4 shadow-sm">
        {query.org ? <input type="hidden" name="org" value={query.org} /> : null}
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="text-sm text-slate-700" data-testid="learner-count">
            {table.total} {table.total === 1 ? "person" : "people"} match
          </p>
          <button type="submit" className="rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium">
            Download certificates of selected people (PDF)
          </button>
        </div>
        <div className="mt-2 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Learners</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2">
                  <span className="sr-only">Select</span>
                </th>
                <th scope="col">
                  <Link href={sortHref("name")} className="underline">
                    Name
                  </Link>
                </th>
                <th scope="col">Status</th>
                <th scope="col">
                  <Link href={sortHref("progress")} className="underline">
                    Modules
                  </Link>
                </th>
                <th scope="col">
                  <Link href={sortHref("activity")} className="underline">
                    Last activity
                  </Link>
                </th>
                <th scope="col">Score</th>
                <th scope="col">
                  <Link href={sortHref("completed")} className="underline">
                    Completed
                  </Link>
                </th>
                <th scope="col">
                  <Link href={sortHref("expires")} className="underline">
                    Valid until
                  </Link>
                </th>
                <th scope="col">
                  <Link href={sortHref("due")} className="underline">
                    Due
                  </Link>
                </th>
              </tr>
            </thead>
            <tbody>
              {table.learners.map((l) => (
                <tr key={l.user.id} className="border-b border-slate-100 align-top" data-testid="learner-row">
                  <td className="py-2">
                    {l.certificateNumber ? (
                      <input
                        type="checkbox"
                        name="userId"
                        value={l.user.id}
                        aria-label={`Select ${l.user.name}`}
                        className="size-4"
                      />
                    ) : null}
                  </td>
                  <td>
                    <Link href={`/trainer/learners/${l.user.id}`} className="font-medium text-brand-700 underline">
                      {l.user.name}
                    </Link>
                    <span className="block text-xs text-slate-600">
                      {l.user.email}
                      {l.groups.length ? ` · ${l.groups.join(", ")}` : ""}
                    </span>
                  </td>
                  <td>
                    <LearnerStatusBadge status={l.status} />
                  </td>
                  <td>
                    <span className="sr-only">
                      {l.modulesPassed} of {l.modules.length} passed
                    </span>
                    <span aria-hidden="true" className="flex gap-0.5">
                      {l.modules.map((m) => (
                        <span
                          key={m.moduleId}
                          title={m.moduleId}
                          className={`inline-block size-2.5 rounded-full ${m.passed ? "bg-emerald-600" : m.bestScore !== null ? "bg-amber-400" : "bg-slate-300"}`}
                        />
                      ))}
                    </span>
                  </td>
                  <td className="whitespace-nowrap">{d(l.lastActivityAt)}</td>
                  <td>{l.scorePercent !== null ? `${l.scorePercent}%` : "–"}</td>
                  <td className="whitespace-nowrap">{d(l.completedAt)}</td>
                  <td className="whitespace-nowrap">{d(l.validUntil)}</td>
                  <td className={`whitespace-nowrap ${l.status === "overdue" ? "font-semibold text-red-700" : ""}`}>
                    {d(l.dueAt)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {table.pageCount > 1 ? (
          <nav aria-label="Pages" className="mt-3 flex gap-4 text-sm">
            {table.page > 1 ? (
              <Link
                href={`/trainer?${dashboardQueryString({ ...base, sort: query.sort, dir: query.dir, page: table.page - 1 })}`}
                className="text-brand-700 underline"
              >
                Previous
              </Link>
            ) : null}
            <span>
              Page {table.page} of {table.pageCount}
            </span>
            {table.page < table.pageCount ? (
              <Link
                href={`/trainer?${dashboardQueryString({ ...base, sort: query.sort, dir: query.dir, page: table.page + 1 })}`}
                className="text-brand-700 underline"
              >
                Next
              </Link>
            ) : null}
          </nav>
        ) : null}
      </form>
    </div>
  );
}
