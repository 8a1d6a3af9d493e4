import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Announce } from "@/components/announce";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { findLessonById, findModule, getDefaultCourse } from "@/lib/course";
import { formatDateTime } from "@/lib/format/dates";
import { lessonPath, modulePath, quizPath } from "@/lib/course/paths";
import { getRetakeWait, hasPassedModule } from "@/lib/quiz/access";
import type { TLocale } from "@/lib/i18n/locales";
import { retakeWaitMessage } from "@/lib/quiz/readiness";
import { getOwnAttempt } from "@/lib/quiz/attempts";
import { reviewItems } from "@/lib/quiz/review";
import { findQuestionWordings } from "@/lib/quiz/snapshots";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("QuizResult"))("title") };
}

type TProps = { params: Promise<{ moduleId: string; attemptId: string }> };

export default async function AttemptPage({ params }: TProps) {
  const { moduleId, attemptId } = await params;
  const courseModule = findModule(getDefaultCourse(), moduleId);
  const user = await requireUser();
  const attempt = await getOwnAttempt(user, attemptId);
  if (!courseModule || !attempt || attempt.moduleId !== courseModule.id) notFound();
  const modules = getDefaultCourse().modules;
  const nextModule = modules[modules.indexOf(courseModule) + 1];
  const wrong = attempt.questionCount - attempt.correctCount;
  // Until the module is passed, a wrong answer points to the lesson to re-read, not to the right option:
  // otherwise a second attempt only tests memory of the first review.
  const revealAnswers = attempt.passed || (await hasPassedModule(user, getDefaultCourse().id, courseModule.id));
  // The questions this attempt asked, each worded as the learner saw it, even if the bank has changed since.
  const kept = await findQuestionWordings(Object.values(attempt.answers).flatMap((a) => (a.v ? [a.v] : [])));
  const { items, missing } = reviewItems(courseModule.quiz.questions, attempt.answers, kept);
  const now = new Date();
  const [wait, t, tCourse, locale] = await Promise.all([
    attempt.passed ? null : getRetakeWait(user, getDefaultCourse().id, courseModule.id, now),
    getTranslations("QuizResult"),
    getTranslations("Course"),
    getLocale() as Promise<TLocale>,
  ]);
  const outcome = attempt.passed ? t("passed") : t("notPassed");
  const score = {
    score: attempt.scorePercent,
    correct: attempt.correctCount,
    total: attempt.questionCount,
    passMark: attempt.passMark,
  };

  const label = (chunks: React.ReactNode) => <span className="font-medium">{chunks}</span>;

  return (
    <div className="space-y-6">
      <Breadcrumbs
        items={[
          { label: tCourse("crumb"), href: "/course" },
          { label: courseModule.title, href: modulePath(courseModule.id) },
          { label: t("title") },
        ]}
      />
      <section
        data-testid="quiz-result"
        className={`rounded-xl border-l-4 p-5 shadow-sm ${attempt.passed ? "border-emerald-600 bg-emerald-50" : "border-red-600 bg-red-50"}`}
      >
        {/* Arriving from the quiz, focus comes to this heading (components/route-focus.tsx) and the score is said. */}
        <h1 className="text-2xl font-bold">{outcome}</h1>
        <Announce text={t("announce", { outcome, ...score })} />
        <p className="mt-2 text-lg">{t.rich("score", { ...score, strong: (chunks) => <strong>{chunks}</strong> })}</p>
        <p className="mt-1 text-slate-700">
          {wrong === 0
            ? t("allRight")
            : t(revealAnswers ? (attempt.passed ? "wrongExplained" : "wrongExplainedRetry") : "wrongHidden", { wrong })}
        </p>
        <div className="mt-4 flex flex-wrap gap-3">
          {attempt.passed ? (
            nextModule ? (
              <Link
                prefetch={false}
                href={modulePath(nextModule.id)}
                className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white"
              >
                {t("nextModule", { title: nextModule.title })}
              </Link>
            ) : (
              <Link href="/course" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
                {t("backToCourse")}
              </Link>
            )
          ) : wait && !wait.open && wait.reason === "retake-wait" ? (
            <p data-testid="retake-wait" className="w-full font-medium">
              {retakeWaitMessage(wait.availableAt, now, locale)}
            </p>
          ) : (
            <Link
              prefetch={false}
              href={quizPath(courseModule.id)}
              className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white"
            >
              {t("retake")}
            </Link>
          )}
          <Link
            href={modulePath(courseModule.id)}
            className="rounded-md border border-slate-400 bg-white px-4 py-2 font-medium"
          >
            {t("reviewModule")}
          </Link>
        </div>
      </section>

      <section aria-labelledby="review-title" className="space-y-4">
        <h2 id="review-title" className="text-xl font-bold">
          {t("yourAnswers")}
        </h2>
        <ol className="space-y-4">
          {items.map(({ question: q, given, reworded }, i) => {
            const text = (ids: string[]) => ids.map((id) => q.options.find((o) => o.id === id)?.text ?? id).join("; ");
            const lesson = findLessonById(getDefaultCourse(), q.lessonId);
            const hide = !given.correct && !revealAnswers;
            return (
              <li
                key={q.id}
                className={`rounded-xl border-l-4 bg-white p-5 shadow-sm ${given.correct ? "border-emerald-600" : "border-red-600"}`}
              >
                <p className="font-semibold">
                  <span className="text-slate-600">{t("question", { n: i + 1 })}</span>
                  {q.prompt}
                </p>
                {reworded ? <p className="mt-1 text-sm text-slate-600">{t("reworded")}</p> : null}
                <p className={`mt-2 font-medium ${given.correct ? "text-emerald-800" : "text-red-800"}`}>
                  {given.correct ? t("correct") : t("wrong")}
                </p>
                <p className="mt-1">{t.rich("yourAnswer", { answer: text(given.selected), label })}</p>
                {!given.correct && !hide ? (
                  <p className="mt-1">
                    {t.rich("correctAnswer", {
                      answer: text(q.options.filter((o) => o.correct).map((o) => o.id)),
                      label,
                    })}
                  </p>
                ) : null}
                {hide ? null : (
                  <p className="mt-2 rounded-md bg-slate-50 p-3 text-slate-800">
                    <span className="font-medium">{t("why")}</span>
                    {q.explanation}
                  </p>
                )}
                {lesson && !given.correct ? (
                  <p className="mt-2">
                    <span className="font-medium">{t("reread")}</span>
                    <Link
                      prefetch={false}
                      href={lessonPath(lesson.moduleId, lesson.id)}
                      className="text-brand-700 underline"
                    >
                      {lesson.title}
                    </Link>
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
        {missing > 0 ? <p className="text-slate-700">{t("missing", { missing })}</p> : null}
        <p className="text-sm text-slate-600">
          {t("saved", { when: formatDateTime(attempt.submittedAt, { locale }), version: attempt.courseVersion })}
        </p>
      </section>
    </div>
  );
}
