import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CertificateCard } from "@/components/certificate-card";
import { ChangesSincePanel } from "@/components/changes-since-panel";
import { ContentWarning } from "@/components/content-warning";
import { ModuleStatusBadge } from "@/components/module-status-badge";
import { ProgressBar } from "@/components/progress-bar";
import { requireUser } from "@/lib/auth/current-user";
import { formatCalendarDay, formatDate } from "@/lib/format/dates";
import { listOwnCertificates } from "@/lib/certificates/queries";
import { getDefaultCourse } from "@/lib/course";
import { changesSince } from "@/lib/course/changelog";
import { modulePath, nextStepPath } from "@/lib/course/paths";
import { continueSummary } from "@/lib/progress/continue";
import { getLearnerProgress, getOwnEnrolment } from "@/lib/progress/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Course"))("title") };
}

export default async function CourseOverviewPage() {
  const user = await requireUser();
  const course = getDefaultCourse();
  const [progress, certificates, enrolment, t, help, locale] = await Promise.all([
    getLearnerProgress(user, course),
    listOwnCertificates(user),
    getOwnEnrolment(user, course.id),
    getTranslations("Course"),
    getTranslations("Help"),
    getLocale(),
  ]);
  const due = enrolment?.dueAt && !progress.complete ? enrolment : null;
  const renewal = progress.cycle.state === "open" && progress.cycle.renewal ? progress.latestCompletion : null;
  // Only when renewing: a learner not yet due has nothing to retake, and one who has never completed has nothing to compare.
  const changes = renewal ? changesSince(course, renewal.courseVersion) : [];
  const started = progress.modules.some((m) => m.status !== "NOT_STARTED");
  const nextModule = progress.next ? progress.modules.find((m) => m.moduleId === progress.next?.moduleId) : undefined;
  const continueHref = progress.next
    ? nextStepPath(progress.next, (nextModule?.status ?? "NOT_STARTED") !== "NOT_STARTED")
    : null;
  const continueTo = continueSummary(course, progress);
  // Where Continue goes, in the page's language ("Module 3, Grooming: lesson 2 of 4"); continueSummary gives the time.
  const next = progress.next;
  const nextIndex = next ? course.modules.findIndex((m) => m.id === next.moduleId) : -1;
  const nextCourseModule = course.modules[nextIndex];
  const continueWhere =
    next && nextCourseModule
      ? next.kind === "lesson"
        ? t("whereLesson", {
            module: nextIndex + 1,
            title: nextCourseModule.title,
            lesson: nextCourseModule.lessons.findIndex((l) => l.id === next.lessonId) + 1,
            lessons: nextCourseModule.lessons.length,
          })
        : t("whereQuiz", { module: nextIndex + 1, title: nextCourseModule.title })
      : null;

  return (
    <div className="space-y-6">
      <section className="rounded-xl bg-white p-5 shadow-sm sm:p-6">
        <p className="text-sm font-medium text-brand-700">{t("kicker", { minutes: course.estimatedMinutes })}</p>
        <h1 className="mt-1 text-2xl font-bold sm:text-3xl">{course.title}</h1>
        {/* Before anything else, so that on a phone the warning and its Start button are in view together. */}
        {!started && continueHref ? (
          <ContentWarning text={course.contentWarning} continueHref={continueHref} continueLabel={t("start")} />
        ) : null}
        <p className="mt-3 text-slate-700">{course.summary}</p>
        <div className="mt-4">
          <ProgressBar percent={progress.percent} label={t("progress")} />
          {/* The bar counts lessons read and quizzes passed; say both, so it agrees with what is written. */}
          <p className="mt-2 text-sm text-slate-700" data-testid="progress-summary">
            {t("progressSummary", {
              passed: progress.passedModules,
              modules: course.modules.length,
              read: progress.modules.reduce((n, m) => n + m.lessonsViewed, 0),
              lessons: course.modules.reduce((n, m) => n + m.lessons.length, 0),
            })}
          </p>
        </div>
        {due?.dueAt ? (
          <p
            data-testid="due-date"
            className={`mt-4 rounded-md p-3 font-medium ${due.status === "overdue" ? "border-l-4 border-red-700 bg-red-50 text-red-800" : "bg-slate-100 text-slate-900"}`}
          >
            {due.status === "overdue"
              ? t("overdue", { date: formatDate(due.dueAt, { locale }) })
              : t("dueBy", { date: formatDate(due.dueAt, { locale }) })}
          </p>
        ) : null}
        {renewal ? (
          <p
            className="mt-4 rounded-md border-l-4 border-amber-500 bg-amber-50 p-3 text-amber-950"
            data-testid="renewal-due"
          >
            {t.rich(renewal.expiresAt > new Date() ? "renewalExpires" : "renewalExpired", {
              date: formatDate(renewal.expiresAt, { locale }),
              strong: (chunks) => <strong>{chunks}</strong>,
            })}
          </p>
        ) : null}
        {progress.complete ? (
          <p className="mt-4 rounded-md bg-emerald-50 p-3 font-medium text-emerald-900">{t("complete")}</p>
        ) : started && continueHref ? (
          <div className="mt-4">
            {/* Says where it goes and about how long is left, so a learner can judge whether to start now. */}
            <Link
              prefetch={false}
              href={continueHref}
              className="inline-block rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
              data-testid="continue"
            >
              {continueWhere
                ? t.rich("continueTo", {
                    where: continueWhere,
                    detail: (chunks) => <span className="font-normal">{chunks}</span>,
                  })
                : t("continue")}
            </Link>
            {continueTo ? (
              <p className="mt-2 text-sm text-slate-700" data-testid="minutes-left">
                {t("minutesLeft", { minutes: continueTo.minutesLeft })}
              </p>
            ) : null}
          </div>
        ) : null}
        <p className="mt-4 border-t border-slate-200 pt-3">
          <Link href="/course/worried-card" className="font-semibold text-brand-700 underline">
            {help("worriedLink")}
          </Link>
        </p>
      </section>

      {renewal ? <ChangesSincePanel completed={renewal} entries={changes} /> : null}

      <CertificateCard certificates={certificates} />

      <section aria-labelledby="modules-title">
        <h2 id="modules-title" className="text-xl font-bold">
          {t("modules")}
        </h2>
        <ol className="mt-3 space-y-3">
          {course.modules.map((module, i) => {
            const p = progress.modules[i];
            return (
              <li key={module.id} className="rounded-xl bg-white p-4 shadow-sm sm:p-5">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <h3 className="text-lg font-semibold">
                    <Link prefetch={false} href={modulePath(module.id)} className="hover:underline">
                      <span className="text-slate-600">{t("moduleNumber", { n: i + 1 })}</span>
                      {module.title}
                    </Link>
                  </h3>
                  {p ? <ModuleStatusBadge status={p.status} /> : null}
                </div>
                <p className="mt-1 text-slate-700">{module.summary}</p>
                <p className="mt-2 text-sm text-slate-600">
                  {t(p?.bestScore != null ? "moduleMetaBest" : "moduleMeta", {
                    minutes: module.estimatedMinutes,
                    read: p?.lessonsViewed ?? 0,
                    lessons: module.lessons.length,
                    best: p?.bestScore ?? 0,
                  })}
                </p>
              </li>
            );
          })}
        </ol>
      </section>

      <section aria-labelledby="outcomes-title" className="rounded-xl bg-white p-5 shadow-sm">
        <h2 id="outcomes-title" className="text-lg font-bold">
          {t("outcomes")}
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6 text-slate-800">
          {course.learningOutcomes.map((o) => (
            <li key={o}>{o}</li>
          ))}
        </ul>
        <p className="mt-3 text-sm text-slate-600">
          {t("version", {
            version: course.version,
            reviewed: formatCalendarDay(course.statisticsReviewed, { locale }),
          })}
        </p>
      </section>
    </div>
  );
}
