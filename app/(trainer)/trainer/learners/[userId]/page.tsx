import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LearnerStatusBadge } from "@/components/learner-status-badge";
import { requireRole } from "@/lib/auth/current-user";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import { formatMinutes } from "@/lib/format/durations";
import { getLearnerRecord } from "@/lib/compliance/learner-record";
import { getDefaultCourse } from "@/lib/course";

export const metadata: Metadata = { title: "Training record" };

const d = (date: Date | null) => (date ? formatDate(date) : "–");

export default async function LearnerRecordPage({ params }: { params: Promise<{ userId: string }> }) {
  const user = await requireRole("TRAINER", "ADMIN");
  const record = await getLearnerRecord(user, getDefaultCourse(), (await params).userId);
  if (!record) notFound();
  const modules = new Map(getDefaultCourse().modules.map((m) => [m.id, m.title]));
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={`/trainer?org=${record.organisation.id}`} className="text-brand-700 underline">
          Compliance
        </Link>
      </nav>
      <header>
        <h1 className="text-2xl font-bold sm:text-3xl">{record.name}</h1>
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
      </header>

      <section aria-labelledby="certs-title" className="rounded-xl bg-white p-5 shadow-sm">
        <h2 id="certs-title" className="text-lg font-bold">
          Certificates
        </h2>
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
      </section>

      <section aria-labelledby="completions-title" className="overflow-x-auto rounded-xl bg-white p-5 shadow-sm">
        <h2 id="completions-title" className="text-lg font-bold">
          Completions
        </h2>
        {record.completions.length ? (
          <table className="mt-2 w-full text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-1">
                  Completed
                </th>
                <th scope="col">Expires</th>
                <th scope="col">Score</th>
                <th scope="col">Time spent</th>
                <th scope="col">Content version</th>
                <th scope="col">Renewal policy</th>
              </tr>
            </thead>
            <tbody>
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
            </tbody>
          </table>
        ) : (
          <p className="mt-2 text-slate-700">None yet.</p>
        )}
      </section>

      <section aria-labelledby="attempts-title" className="overflow-x-auto rounded-xl bg-white p-5 shadow-sm">
        <h2 id="attempts-title" className="text-lg font-bold">
          Quiz attempts ({record.quizAttempts.length})
        </h2>
        {record.quizAttempts.length ? (
          <table className="mt-2 w-full text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-1">
                  When
                </th>
                <th scope="col">Module</th>
                <th scope="col">Score</th>
                <th scope="col">Result</th>
                <th scope="col">Time</th>
              </tr>
            </thead>
            <tbody>
              {record.quizAttempts.map((a) => (
                <tr key={a.id} className="border-b border-slate-100">
                  <td className="py-1 whitespace-nowrap">{formatDateTime(a.submittedAt)}</td>
                  <td>{modules.get(a.moduleId) ?? a.moduleId}</td>
                  <td>{a.scorePercent}%</td>
                  <td>{a.passed ? "Passed" : "Not passed"}</td>
                  <td>{formatMinutes(Math.max(1, Math.round(a.durationSeconds / 60)))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="mt-2 text-slate-700">No attempts yet.</p>
        )}
      </section>

      <section aria-labelledby="emails-title" className="rounded-xl bg-white p-5 shadow-sm">
        <h2 id="emails-title" className="text-lg font-bold">
          Emails sent to them
        </h2>
        {record.emails.length ? (
          <ul className="mt-2 space-y-1 text-sm" data-testid="learner-emails">
            {record.emails.map((e) => (
              <li key={e.id}>
                {formatDateTime(e.createdAt)} · {e.kind} · {e.subject} · {e.status.toLowerCase()}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-slate-700">None.</p>
        )}
      </section>
    </div>
  );
}
