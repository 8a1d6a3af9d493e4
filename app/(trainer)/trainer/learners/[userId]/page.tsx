import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { LearnerStatusBadge } from "@/components/learner-status-badge";
import { requireRole } from "@/lib/auth/current-user";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import { formatMinutes } from "@/lib/format/durations";
import { getLearnerRecord } from "@/lib/compliance/learner-record";
import { describeRenewal } from "@/lib/compliance/evidence-versions";
import { readRenewalPolicy } from "@/lib/certificates/renewal";
import { getDefaultCourse } from "@/lib/course";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { DataTable, EmptyState } from "@/components/ui/data-table";
import { ModuleStatusBadge } from "@/components/module-status-badge";
import { emailKindLabel, emailStatusLabel } from "@/lib/email/kinds";
import type { TLocale } from "@/lib/i18n/locales";
import { ChaseCard } from "./chase-card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("TrainerLearner"))("title") };
}

export default async function LearnerRecordPage({ params }: { params: Promise<{ userId: string }> }) {
  const user = await requireRole("TRAINER", "ADMIN");
  const record = await getLearnerRecord(user, getDefaultCourse(), (await params).userId);
  if (!record) notFound();
  const [t, nav, status, evidence, locale] = await Promise.all([
    getTranslations("TrainerLearner"),
    getTranslations("TrainerNav"),
    getTranslations("TrainerStatus"),
    getTranslations("TrainerEvidencePdf"),
    getLocale() as Promise<TLocale>,
  ]);
  const d = (date: Date | null) => (date ? formatDate(date, { locale }) : "–");
  // A completion keeps its renewal policy as the English words it was issued with: read back and worded in the
  // reader's language (the evidence pack's sentence), or, if it is wording this version did not write, as stored.
  const renewal = (words: string) => {
    const policy = readRenewalPolicy(words);
    return policy ? (
      describeRenewal(policy, { t: (key, values) => evidence(key as never, values as never), locale })
    ) : (
      <span lang="en-GB">{words}</span>
    );
  };
  const modules = new Map(getDefaultCourse().modules.map((m) => [m.id, m.title]));
  return (
    <div className="space-y-6">
      <Breadcrumbs
        items={[{ label: nav("compliance"), href: `/trainer?org=${record.organisation.id}` }, { label: record.name }]}
      />
      <PageHeader title={record.name}>
        <p className="text-slate-700">
          {record.email} · {record.organisation.name}
          {record.memberships.length ? ` · ${record.memberships.map((m) => m.group.name).join(", ")}` : ""}
          {record.active ? "" : t("deactivated")}
        </p>
        <p className="mt-2 flex flex-wrap items-center gap-3">
          <LearnerStatusBadge status={record.status} label={status(record.status)} />
          <span>
            {t("standing", {
              due: d(record.enrolment.dueAt),
              validUntil: d(record.enrolment.validUntil),
              lastActivity: d(record.enrolment.lastActivityAt),
            })}
          </span>
        </p>
      </PageHeader>

      <ChaseCard record={record} />

      <Card aria-labelledby="modules-title" className="overflow-x-auto">
        <CardTitle id="modules-title">{t("modules")}</CardTitle>
        <DataTable
          caption={t("modulesCaption")}
          columns={[
            { key: "module", header: t("module"), className: "py-1" },
            { key: "status", header: t("status") },
            { key: "lessons", header: t("lessonsRead") },
            { key: "best", header: t("bestScore") },
            { key: "attempts", header: t("quizAttempts") },
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
              <td>{t("lessonsOf", { viewed: m.lessonsViewed, count: m.lessonCount })}</td>
              <td>{m.bestScore === null ? "–" : `${m.bestScore}%`}</td>
              <td>{m.attemptCount}</td>
            </tr>
          ))}
        </DataTable>
      </Card>

      <Card aria-labelledby="certs-title">
        <CardTitle id="certs-title">{t("certificates")}</CardTitle>
        {record.certificates.length ? (
          <ul className="mt-2 space-y-1">
            {record.certificates.map((c) => (
              <li key={c.number}>
                <span className="font-mono">{c.number}</span>
                {t("issuedExpires", { issued: d(c.issuedAt), expires: d(c.expiresAt) })}
                {c.revokedAt ? t("revoked", { date: d(c.revokedAt) }) : ""} ·{" "}
                <a href={`/certificates/${c.number}/pdf`} className="text-brand-700 underline">
                  {t("downloadPdf")}
                  <span className="sr-only">{t("ofCertificate", { number: c.number })}</span>
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-slate-700">{t("noneYet")}</p>
        )}
      </Card>

      <Card aria-labelledby="completions-title" className="overflow-x-auto">
        <CardTitle id="completions-title">{t("completions")}</CardTitle>
        <DataTable
          columns={[
            { key: "completed", header: t("completed"), className: "py-1" },
            { key: "expires", header: t("expires") },
            { key: "score", header: t("score") },
            { key: "time-spent", header: t("timeSpent") },
            { key: "content-version", header: t("contentVersion") },
            { key: "renewal-policy", header: t("renewalPolicy") },
          ]}
          empty={<EmptyState>{t("noneYet")}</EmptyState>}
          rowCount={record.completions.length}
          className="mt-2"
        >
          {record.completions.map((c) => (
            <tr key={c.id} className="border-b border-slate-100">
              <td className="py-1">{d(c.completedAt)}</td>
              <td>{d(c.expiresAt)}</td>
              <td>{c.scorePercent}%</td>
              <td>{formatMinutes(Math.round(c.timeSpentSeconds / 60), { locale })}</td>
              <td>{c.courseVersion}</td>
              <td>{renewal(c.renewalPolicy)}</td>
            </tr>
          ))}
        </DataTable>
      </Card>

      <Card aria-labelledby="attempts-title" className="overflow-x-auto">
        <CardTitle id="attempts-title">{t("attemptsTitle", { count: record.quizAttempts.length })}</CardTitle>
        <DataTable
          columns={[
            { key: "when", header: t("when"), className: "py-1" },
            { key: "module", header: t("module") },
            { key: "score", header: t("score") },
            { key: "result", header: t("result") },
            { key: "time", header: t("time") },
          ]}
          empty={<EmptyState>{t("noAttempts")}</EmptyState>}
          rowCount={record.quizAttempts.length}
          className="mt-2"
        >
          {record.quizAttempts.map((a) => (
            <tr key={a.id} className="border-b border-slate-100">
              <td className="py-1 whitespace-nowrap">{formatDateTime(a.submittedAt, { locale })}</td>
              <td>{modules.get(a.moduleId) ?? a.moduleId}</td>
              <td>{a.scorePercent}%</td>
              <td>{a.passed ? t("passed") : t("notPassed")}</td>
              <td>{formatMinutes(Math.max(1, Math.round(a.durationSeconds / 60)), { locale })}</td>
            </tr>
          ))}
        </DataTable>
      </Card>

      <Card aria-labelledby="emails-title">
        <CardTitle id="emails-title">{t("emails")}</CardTitle>
        {record.emails.length ? (
          <ul className="mt-2 space-y-1 text-sm" data-testid="learner-emails">
            {record.emails.map((e) => (
              <li key={e.id}>
                {formatDateTime(e.createdAt, { locale })} · {emailKindLabel(e.kind, locale)} · {e.subject} ·{" "}
                {emailStatusLabel(e.status, locale)}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-slate-700">{t("none")}</p>
        )}
      </Card>
    </div>
  );
}
