import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LearnerStatusBadge } from "@/components/learner-status-badge";
import { requireRole } from "@/lib/auth/current-user";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import { formatMinutes } from "@/lib/format/durations";
import { getLearnerRecord } from "@/lib/compliance/learner-record";
import { getDefaultCourse } from "@/lib/course";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { DataTable, EmptyState } from "@/components/ui/data-table";
import { ModuleStatusBadge } from "@/components/module-status-badge";
import { emailKindLabel, emailStatusLabel } from "@/lib/email/kinds";
import { ChaseCard } from "./chase-card";

export const metadata: Metadata = { title: "Training record" };

const d = (date: Date | null) => (date ? formatDate(date) : "–");

export default async function LearnerRecordPage({ params }: { params: Promise<{ userId: string }> }) {
  const user = await requireRole("TRAINER", "ADMIN");
  const record = await getLearnerRecord(user, getDefaultCourse(), (await params).userId);
  if (!record) notFound();
  const modules = new Map(getDefaultCourse().modules.map((m) => [m.id, m.title]));
  return (
    <div className="space-y-6">
      <Breadcrumbs
        items={[{ label: "Compliance", href: `/trainer?org=${record.organisation.id}` }, { label: record.name }]}
      />
      <PageHeader title={record.name}>
        <p className="text-slate-700">
          {record.email} · {record.organisation.name}
          {record.memberships.length ? ` · ${record.memberships.map((m) => m.group.name).join(", ")}` : ""}
          {record.active ? "" : " · deactivated"}
        </p>
        <p className="mt-2 flex flex-wrap items-center gap-3">
          <LearnerStatusBadge status={record.status} />
          <span>
            Due {d(record.enrolment.dueAt)} · valid until {d(record.enrolment.validUntil)} · last activity{" "}
            {d(record.enrolment.lastActivityAt)}
          </span>
        </p>
      </PageHeader>

      <ChaseCard record={record} />

      <Card aria-labelledby="modules-title" className="overflow-x-auto">
        <CardTitle id="modules-title">Modules</CardTitle>
        <DataTable
          caption="How each module stands in their current cycle"
          columns={[
            { key: "module", header: "Module", className: "py-1" },
            { key: "status", header: "Status" },
            { key: "lessons", header: "Lessons read" },
            { key: "best", header: "Best quiz score" },
            { key: "attempts", header: "Quiz attempts" },
          ]}
          rowCount={record.progress.modules.length}
          className="mt-2"
        >
          {record.progress.modules.map((m) => (
            <tr key={m.moduleId} className="border-b border-slate-100" data-testid="module-standing">
              <td className="py-1">{modules.get(m.moduleId) ?? m.moduleId}</td>
              <td>
                <ModuleStatusBadge status={m.status} />
              </td>
              <td>
                {m.lessonsViewed} of {m.lessonCount}
              </td>
              <td>{m.bestScore === null ? "–" : `${m.bestScore}%`}</td>
              <td>{m.attemptCount}</td>
            </tr>
          ))}
        </DataTable>
      </Card>

      <Card aria-labelledby="certs-title">
        <CardTitle id="certs-title">Certificates</CardTitle>
        {record.certificates.length ? (
          <ul className="mt-2 space-y-1">
            {record.certificates.map((c) => (
              <li key={c.number}>
                <span className="font-mono">{c.number}</span> · issued {d(c.issuedAt)} · expires {d(c.expiresAt)}
                {c.revokedAt ? ` · revoked ${d(c.revokedAt)}` : ""} ·{" "}
                <a href={`/certificates/${c.number}/pdf`} className="text-brand-700 underline">
                  Download PDF<span className="sr-only"> of {c.number}</span>
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-slate-700">None yet.</p>
        )}
      </Card>

      <Card aria-labelledby="completions-title" className="overflow-x-auto">
        <CardTitle id="completions-title">Completions</CardTitle>
        <DataTable
          columns={[
            { key: "completed", header: "Completed", className: "py-1" },
            { key: "expires", header: "Expires" },
            { key: "score", header: "Score" },
            { key: "time-spent", header: "Time spent" },
            { key: "content-version", header: "Content version" },
            { key: "renewal-policy", header: "Renewal policy" },
          ]}
          empty={<EmptyState>None yet.</EmptyState>}
          rowCount={record.completions.length}
          className="mt-2"
        >
          {record.completions.map((c) => (
            <tr key={c.id} className="border-b border-slate-100">
              <td className="py-1">{d(c.completedAt)}</td>
              <td>{d(c.expiresAt)}</td>
              <td>{c.scorePercent}%</td>
              <td>{formatMinutes(Math.round(c.timeSpentSeconds / 60))}</td>
              <td>{c.courseVersion}</td>
              <td>{c.renewalPolicy}</td>
            </tr>
          ))}
        </DataTable>
      </Card>

      <Card aria-labelledby="attempts-title" className="overflow-x-auto">
        <CardTitle id="attempts-title">Quiz attempts ({record.quizAttempts.length})</CardTitle>
        <DataTable
          columns={[
            { key: "when", header: "When", className: "py-1" },
            { key: "module", header: "Module" },
            { key: "score", header: "Score" },
            { key: "result", header: "Result" },
            { key: "time", header: "Time" },
          ]}
          empty={<EmptyState>No attempts yet.</EmptyState>}
          rowCount={record.quizAttempts.length}
          className="mt-2"
        >
          {record.quizAttempts.map((a) => (
            <tr key={a.id} className="border-b border-slate-100">
              <td className="py-1 whitespace-nowrap">{formatDateTime(a.submittedAt)}</td>
              <td>{modules.get(a.moduleId) ?? a.moduleId}</td>
              <td>{a.scorePercent}%</td>
              <td>{a.passed ? "Passed" : "Not passed"}</td>
              <td>{formatMinutes(Math.max(1, Math.round(a.durationSeconds / 60)))}</td>
            </tr>
          ))}
        </DataTable>
      </Card>

      <Card aria-labelledby="emails-title">
        <CardTitle id="emails-title">Emails sent to them</CardTitle>
        {record.emails.length ? (
          <ul className="mt-2 space-y-1 text-sm" data-testid="learner-emails">
            {record.emails.map((e) => (
              <li key={e.id}>
                {formatDateTime(e.createdAt)} · {emailKindLabel(e.kind)} · {e.subject} · {emailStatusLabel(e.status)}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-slate-700">None.</p>
        )}
      </Card>
    </div>
  );
}
