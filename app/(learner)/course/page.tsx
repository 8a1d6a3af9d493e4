import type { Metadata } from "next";
import Link from "next/link";
import { CertificateCard } from "@/components/certificate-card";
import { ChangesSincePanel } from "@/components/changes-since-panel";
import { ContentWarning } from "@/components/content-warning";
import { ModuleStatusBadge } from "@/components/module-status-badge";
import { ProgressBar } from "@/components/progress-bar";
import { requireUser } from "@/lib/auth/current-user";
import { formatDate } from "@/lib/format/dates";
import { listOwnCertificates } from "@/lib/certificates/queries";
import { getDefaultCourse } from "@/lib/course";
import { changesSince } from "@/lib/course/changelog";
import { modulePath, nextStepPath } from "@/lib/course/paths";
import { continueSummary } from "@/lib/progress/continue";
import { getLearnerProgress, getOwnEnrolment } from "@/lib/progress/queries";

export const metadata: Metadata = { title: "Your course" };

export default async function CourseOverviewPage() {
  const user = await requireUser();
  const course = getDefaultCourse();
  const [progress, certificates, enrolment] = await Promise.all([
    getLearnerProgress(user, course),
    listOwnCertificates(user),
    getOwnEnrolment(user, course.id),
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

  return (
    <div className="space-y-6">
      <section className="rounded-xl bg-white p-5 shadow-sm sm:p-6">
        <p className="text-sm font-medium text-brand-700">Course · about {course.estimatedMinutes} minutes</p>
        <h1 className="mt-1 text-2xl font-bold sm:text-3xl">{course.title}</h1>
        {/* Before anything else, so that on a phone the warning and its Start button are in view together. */}
        {!started && continueHref ? (
          <ContentWarning text={course.contentWarning} continueHref={continueHref} continueLabel="Start the course" />
        ) : null}
        <p className="mt-3 text-slate-700">{course.summary}</p>
        <div className="mt-4">
          <ProgressBar percent={progress.percent} label="Your progress" />
          {/* The bar counts lessons read and quizzes passed; say both, so it agrees with what is written. */}
          <p className="mt-2 text-sm text-slate-700" data-testid="progress-summary">
            {progress.passedModules} of {course.modules.length} modules passed ·{" "}
            {progress.modules.reduce((n, m) => n + m.lessonsViewed, 0)} of{" "}
            {course.modules.reduce((n, m) => n + m.lessons.length, 0)} lessons read.
          </p>
        </div>
        {due?.dueAt ? (
          <p
            data-testid="due-date"
            className={`mt-4 rounded-md p-3 font-medium ${due.status === "overdue" ? "border-l-4 border-red-700 bg-red-50 text-red-800" : "bg-slate-100 text-slate-900"}`}
          >
            {due.status === "overdue"
              ? `Overdue: this course was due by ${formatDate(due.dueAt)}. Please complete it as soon as you can.`
              : `Please complete this course by ${formatDate(due.dueAt)}.`}
          </p>
        ) : null}
        {renewal ? (
          <p
            className="mt-4 rounded-md border-l-4 border-amber-500 bg-amber-50 p-3 text-amber-950"
            data-testid="renewal-due"
          >
            <strong>Due for renewal.</strong> Your certificate {renewal.expiresAt > new Date() ? "expires" : "expired"}{" "}
            on {formatDate(renewal.expiresAt)}. Complete the course again to renew it: you will get a new certificate.
          </p>
        ) : null}
        {progress.complete ? (
          <p className="mt-4 rounded-md bg-emerald-50 p-3 font-medium text-emerald-900">
            You have passed every module of this course. Well done.
          </p>
        ) : started && continueHref ? (
          <div className="mt-4">
            {/* Says where it goes and about how long is left, so a learner can judge whether to start now. */}
            <Link
              prefetch={false}
              href={continueHref}
              className="inline-block rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
              data-testid="continue"
            >
              Continue{continueTo ? <span className="font-normal">: {continueTo.where}</span> : null}
            </Link>
            {continueTo ? (
              <p className="mt-2 text-sm text-slate-700" data-testid="minutes-left">
                About {continueTo.minutesLeft} minutes left in the course. Your progress is saved as you go.
              </p>
            ) : null}
          </div>
        ) : null}
        <p className="mt-4 border-t border-slate-200 pt-3">
          <Link href="/course/worried-card" className="font-semibold text-brand-700 underline">
            Worried about a child? What to do now
          </Link>
        </p>
      </section>

      {renewal ? <ChangesSincePanel completed={renewal} entries={changes} /> : null}

      <CertificateCard certificates={certificates} />

      <section aria-labelledby="modules-title">
        <h2 id="modules-title" className="text-xl font-bold">
          Modules
        </h2>
        <ol className="mt-3 space-y-3">
          {course.modules.map((module, i) => {
            const p = progress.modules[i];
            return (
              <li key={module.id} className="rounded-xl bg-white p-4 shadow-sm sm:p-5">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <h3 className="text-lg font-semibold">
                    <Link prefetch={false} href={modulePath(module.id)} className="hover:underline">
                      <span className="text-slate-600">{i + 1}. </span>
                      {module.title}
                    </Link>
                  </h3>
                  {p ? <ModuleStatusBadge status={p.status} /> : null}
                </div>
                <p className="mt-1 text-slate-700">{module.summary}</p>
                <p className="mt-2 text-sm text-slate-600">
                  About {module.estimatedMinutes} minutes · {p?.lessonsViewed ?? 0} of {module.lessons.length} lessons
                  read
                  {p?.bestScore != null ? ` · best quiz score ${p.bestScore}%` : ""}
                </p>
              </li>
            );
          })}
        </ol>
      </section>

      <section aria-labelledby="outcomes-title" className="rounded-xl bg-white p-5 shadow-sm">
        <h2 id="outcomes-title" className="text-lg font-bold">
          By the end of the course you will be able to
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6 text-slate-800">
          {course.learningOutcomes.map((o) => (
            <li key={o}>{o}</li>
          ))}
        </ul>
        <p className="mt-3 text-sm text-slate-600">
          Content version {course.version}. Statistics last reviewed {course.statisticsReviewed}.
        </p>
      </section>
    </div>
  );
}
