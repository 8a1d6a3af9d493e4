import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { CourseContent } from "@/components/course-content";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { findModule, getDefaultCourse } from "@/lib/course";
import { lessonPath, modulePath } from "@/lib/course/paths";
import { servedQuestions } from "@/lib/course/translation-serve";
import { getServedCourse } from "@/lib/course/translations";
import { getQuizReadiness } from "@/lib/quiz/access";
import { startQuizForm } from "@/lib/quiz/form";
import type { TLocale } from "@/lib/i18n/locales";
import { retakeWaitMessage } from "@/lib/quiz/readiness";
import { QuizForm } from "./quiz-form";

type TProps = { params: Promise<{ moduleId: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const courseModule = findModule(getDefaultCourse(), (await params).moduleId);
  const t = await getTranslations("Quiz");
  return { title: courseModule ? t("title", { module: courseModule.title }) : t("fallbackTitle") };
}

export default async function QuizPage({ params }: TProps) {
  const { moduleId } = await params;
  const courseModule = findModule(getDefaultCourse(), moduleId);
  if (!courseModule) notFound();
  const user = await requireUser();
  const [t, tCourse, locale] = await Promise.all([
    getTranslations("Quiz"),
    getTranslations("Course"),
    getLocale() as Promise<TLocale>,
  ]);
  const breadcrumb = (
    <Breadcrumbs
      items={[
        { label: tCourse("crumb"), href: "/course" },
        { label: courseModule.title, href: modulePath(courseModule.id) },
        { label: t("crumb") },
      ]}
    />
  );
  // No token is issued until the quiz may be taken, so the rule holds for every client, not just this page.
  const now = new Date();
  const readiness = await getQuizReadiness(user, getDefaultCourse(), courseModule, now);
  if (!readiness.open) {
    const unopened =
      readiness.reason === "lessons-unopened"
        ? courseModule.lessons.filter((l) => readiness.unopenedLessonIds.includes(l.id))
        : [];
    return (
      <div className="space-y-6">
        {breadcrumb}
        <section data-testid="quiz-closed" className="rounded-xl border-l-4 border-brand-700 bg-white p-5 shadow-sm">
          <h1 className="text-2xl font-bold sm:text-3xl">{t("title", { module: courseModule.title })}</h1>
          {readiness.reason === "lessons-unopened" ? (
            <>
              <p className="mt-3">{t("closedLessons")}</p>
              <ul className="mt-2 list-disc space-y-1 pl-6">
                {unopened.map((l) => (
                  <li key={l.id}>
                    <Link
                      prefetch={false}
                      href={lessonPath(courseModule.id, l.id)}
                      className="font-medium text-brand-700 underline"
                    >
                      {l.title}
                    </Link>
                  </li>
                ))}
              </ul>
              {/* With scripts on, a lesson counts once shown; with them off, only its Next button records it. */}
              <noscript>
                <p className="mt-2 text-sm text-slate-700">{t("noscript")}</p>
              </noscript>
            </>
          ) : (
            <p className="mt-3">{retakeWaitMessage(readiness.availableAt, now, locale)}</p>
          )}
          <p className="mt-4">
            <Link href={modulePath(courseModule.id)} className="font-medium text-brand-700 underline">
              {t("backToModule")}
            </Link>
          </p>
        </section>
      </div>
    );
  }
  const { token, questions } = await startQuizForm(user, getDefaultCourse(), courseModule, now);
  const served = await getServedCourse(getDefaultCourse());

  return (
    <div className="space-y-6">
      {breadcrumb}
      <header>
        <h1 className="text-2xl font-bold sm:text-3xl">{t("title", { module: courseModule.title })}</h1>
        <p className="mt-2 text-slate-700">
          {t("intro", {
            count: questions.length,
            bank: courseModule.quiz.questions.length,
            passMark: courseModule.passMark,
          })}
        </p>
      </header>
      {/* Drawn from the English course (answers are scored against it); shown in the served translation's words. The
          form marks the questions' own language itself: its labels are in the page's. */}
      <CourseContent served={served} markLanguage={false}>
        <QuizForm
          moduleId={courseModule.id}
          token={token}
          questions={servedQuestions(questions, served, moduleId)}
          contentLang={served.lang}
          text={{
            questionOf: questions.map((_, i) => t("questionOf", { n: i + 1, total: questions.length })),
            multiple: t("multiple"),
            truefalse: t("truefalse"),
            single: t("single"),
            submit: t("submit"),
            submitting: t("submitting"),
          }}
        />
      </CourseContent>
    </div>
  );
}
