import type { Metadata } from "next";
import Link from "next/link";
import { Announce } from "@/components/announce";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { findLessonById, findModule, getDefaultCourse } from "@/lib/course";
import { formatDateTime } from "@/lib/format/dates";
import { lessonPath, modulePath, quizPath } from "@/lib/course/paths";
import { getRetakeWait, hasPassedModule } from "@/lib/quiz/access";
import { retakeWaitMessage } from "@/lib/quiz/readiness";
import { getOwnAttempt } from "@/lib/quiz/attempts";
import { reviewItems } from "@/lib/quiz/review";
import { findQuestionWordings } from "@/lib/quiz/snapshots";

export const metadata: Metadata = { title: "Quiz result" };

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
  const wait = attempt.passed ? null : await getRetakeWait(user, getDefaultCourse().id, courseModule.id, now);

  return (
    <div className="space-y-6">
      <Breadcrumbs
        items={[
          { label: "Course", href: "/course" },
          { label: courseModule.title, href: modulePath(courseModule.id) },
          { label: "Quiz result" },
        ]}
      />
      <section
        data-testid="quiz-result"
        className={`rounded-xl border-l-4 p-5 shadow-sm ${attempt.passed ? "border-emerald-600 bg-emerald-50" : "border-red-600 bg-red-50"}`}
      >
        {/* Arriving from the quiz, focus comes to this heading (components/route-focus.tsx) and the score is said. */}
        <h1 className="text-2xl font-bold">{attempt.passed ? "You passed this module" : "Not passed this time"}</h1>
        <Announce
          text={`${attempt.passed ? "You passed this module" : "Not passed this time"}: you scored ${attempt.scorePercent}%, ${attempt.correctCount} of ${attempt.questionCount} correct. The pass mark is ${attempt.passMark}%.`}
        />
        <p className="mt-2 text-lg">
          You scored <strong>{attempt.scorePercent}%</strong> ({attempt.correctCount} of {attempt.questionCount}{" "}
          correct). The pass mark is {attempt.passMark}%.
        </p>
        <p className="mt-1 text-slate-700">
          {wrong === 0
            ? "Every answer was right."
            : revealAnswers
              ? `${wrong} answer${wrong === 1 ? " was" : "s were"} wrong: read the explanations below${attempt.passed ? "." : ", then try again."}`
              : `${wrong} answer${wrong === 1 ? " was" : "s were"} wrong. Re-read the lesson named beside each one, then try again: the right answers are shown once you pass.`}
        </p>
        <div className="mt-4 flex flex-wrap gap-3">
          {attempt.passed ? (
            nextModule ? (
              <Link
                prefetch={false}
                href={modulePath(nextModule.id)}
                className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white"
              >
                Next module: {nextModule.title}
              </Link>
            ) : (
              <Link href="/course" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
                Back to the course
              </Link>
            )
          ) : wait && !wait.open && wait.reason === "retake-wait" ? (
            <p data-testid="retake-wait" className="w-full font-medium">
              {retakeWaitMessage(wait.availableAt, now)}
            </p>
          ) : (
            <Link
              prefetch={false}
              href={quizPath(courseModule.id)}
              className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white"
            >
              Retake the quiz
            </Link>
          )}
          <Link
            href={modulePath(courseModule.id)}
            className="rounded-md border border-slate-400 bg-white px-4 py-2 font-medium"
          >
            Review the module
          </Link>
        </div>
      </section>

      <section aria-labelledby="review-title" className="space-y-4">
        <h2 id="review-title" className="text-xl font-bold">
          Your answers
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
                  <span className="text-slate-600">Question {i + 1}. </span>
                  {q.prompt}
                </p>
                {reworded ? (
                  <p className="mt-1 text-sm text-slate-600">
                    Shown as you were asked it: this question has been changed or retired since.
                  </p>
                ) : null}
                <p className={`mt-2 font-medium ${given.correct ? "text-emerald-800" : "text-red-800"}`}>
                  {given.correct ? "✓ Correct" : "✗ Wrong"}
                </p>
                <p className="mt-1">
                  <span className="font-medium">Your answer:</span> {text(given.selected)}
                </p>
                {!given.correct && !hide ? (
                  <p className="mt-1">
                    <span className="font-medium">Correct answer:</span>{" "}
                    {text(q.options.filter((o) => o.correct).map((o) => o.id))}
                  </p>
                ) : null}
                {hide ? null : (
                  <p className="mt-2 rounded-md bg-slate-50 p-3 text-slate-800">
                    <span className="font-medium">Why: </span>
                    {q.explanation}
                  </p>
                )}
                {lesson && !given.correct ? (
                  <p className="mt-2">
                    <span className="font-medium">Re-read: </span>
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
        {missing > 0 ? (
          <p className="text-slate-700">
            {missing === 1 ? "One question" : `${missing} questions`} of this attempt {missing === 1 ? "has" : "have"}{" "}
            since been taken out of the course, so {missing === 1 ? "it is" : "they are"} not shown; your score stays as
            it was.
          </p>
        ) : null}
        <p className="text-sm text-slate-600">
          Attempt saved {formatDateTime(attempt.submittedAt)} · content version {attempt.courseVersion}.
        </p>
      </section>
    </div>
  );
}
