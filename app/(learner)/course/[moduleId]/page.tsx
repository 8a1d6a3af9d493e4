import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { notFound } from "next/navigation";
import { ContentReminder } from "@/components/content-warning";
import { ModuleStatusBadge } from "@/components/module-status-badge";
import { PhoneText } from "@/components/phone-text";
import { requireUser } from "@/lib/auth/current-user";
import { findModule, getDefaultCourse } from "@/lib/course";
import { lessonPath, quizPath } from "@/lib/course/paths";
import { getLearnerProgress } from "@/lib/progress/queries";

type TProps = { params: Promise<{ moduleId: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const found = findModule(getDefaultCourse(), (await params).moduleId);
  return { title: found?.title ?? (await getTranslations("Module"))("fallbackTitle") };
}

export default async function ModulePage({ params }: TProps) {
  const { moduleId } = await params;
  const courseModule = findModule(getDefaultCourse(), moduleId);
  if (!courseModule) notFound();
  const user = await requireUser();
  const [progress, t, tCourse] = await Promise.all([
    getLearnerProgress(user, getDefaultCourse()),
    getTranslations("Module"),
    getTranslations("Course"),
  ]);
  const index = getDefaultCourse().modules.indexOf(courseModule);
  const mine = progress.modules[index];
  const firstLesson = courseModule.lessons[0];
  // A passed module is reviewed from its first lesson; otherwise pick up where the learner left off.
  const startHref =
    mine?.next?.kind === "lesson"
      ? lessonPath(courseModule.id, mine.next.lessonId)
      : mine?.next?.kind === "quiz" || !firstLesson
        ? quizPath(courseModule.id)
        : lessonPath(courseModule.id, firstLesson.id);
  const startLabel = mine?.status === "NOT_STARTED" ? t("start") : t("continue");

  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ label: tCourse("crumb"), href: "/course" }, { label: t("crumb", { n: index + 1 }) }]} />
      <section className="rounded-xl bg-white p-5 shadow-sm sm:p-6">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <h1 className="text-2xl font-bold sm:text-3xl">{courseModule.title}</h1>
          {mine ? <ModuleStatusBadge status={mine.status} /> : null}
        </div>
        <p className="mt-2 text-sm text-slate-600">
          {t("meta", {
            minutes: courseModule.estimatedMinutes,
            lessons: courseModule.lessons.length,
            passMark: courseModule.passMark,
          })}
        </p>
        {/* The reminder and the way forward come first, so that on a phone both are in view without scrolling. */}
        {courseModule.contentWarning && mine?.status !== "PASSED" ? (
          <ContentReminder text={courseModule.contentWarning} />
        ) : null}
        <Link
          prefetch={false}
          href={startHref}
          className="mt-4 inline-block rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
        >
          {mine?.status === "PASSED" ? t("review") : startLabel}
        </Link>
        <p className="mt-5 text-slate-700">
          <PhoneText text={courseModule.summary} />
        </p>
        <h2 className="mt-5 font-semibold">{t("outcomes")}</h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {courseModule.learningOutcomes.map((o) => (
            <li key={o}>
              <PhoneText text={o} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="contents-title" className="rounded-xl bg-white p-5 shadow-sm">
        <h2 id="contents-title" className="text-lg font-bold">
          {t("contents")}
        </h2>
        <ol className="mt-2 space-y-2">
          {courseModule.lessons.map((lesson, i) => {
            const read = mine?.readLessonIds.includes(lesson.id) ?? false;
            return (
              <li key={lesson.id} data-testid="module-lesson" data-read={read}>
                <Link
                  prefetch={false}
                  href={lessonPath(courseModule.id, lesson.id)}
                  className="text-brand-700 underline"
                >
                  {t("lessonLink", { n: i + 1, title: lesson.title })}
                </Link>{" "}
                <span className="text-sm text-slate-600">
                  {t("lessonMinutes", { minutes: lesson.estimatedMinutes })}
                </span>{" "}
                {read ? (
                  <span className="rounded-full bg-emerald-50 px-2 py-0.5 text-sm font-medium text-emerald-900">
                    {t.rich("read", { mark: (chunks) => <span aria-hidden="true">{chunks}</span> })}
                  </span>
                ) : null}
              </li>
            );
          })}
          <li>
            <Link prefetch={false} href={quizPath(courseModule.id)} className="text-brand-700 underline">
              {t("quizLink", { count: courseModule.quiz.draw })}
            </Link>
            {mine?.bestScore != null ? (
              <span className="text-sm text-slate-600">{t("best", { score: mine.bestScore })}</span>
            ) : null}
          </li>
        </ol>
      </section>
    </div>
  );
}
