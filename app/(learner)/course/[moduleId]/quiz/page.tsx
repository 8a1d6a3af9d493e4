import type { Metadata } from "next";
import Link from "next/link";
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
import { retakeWaitMessage } from "@/lib/quiz/readiness";
import { QuizForm } from "./quiz-form";

type TProps = { params: Promise<{ moduleId: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const courseModule = findModule(getDefaultCourse(), (await params).moduleId);
  return { title: courseModule ? `Quiz: ${courseModule.title}` : "Quiz" };
}

export default async function QuizPage({ params }: TProps) {
  const { moduleId } = await params;
  const courseModule = findModule(getDefaultCourse(), moduleId);
  if (!courseModule) notFound();
  const user = await requireUser();
  const breadcrumb = (
    <Breadcrumbs
      items={[
        { label: "Course", href: "/course" },
        { label: courseModule.title, href: modulePath(courseModule.id) },
        { label: "Quiz" },
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
          <h1 className="text-2xl font-bold sm:text-3xl">Quiz: {courseModule.title}</h1>
          {readiness.reason === "lessons-unopened" ? (
            <>
              <p className="mt-3">The quiz opens once you have read every lesson in this module. Still to read:</p>
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
                <p className="mt-2 text-sm text-slate-700">
                  With JavaScript off, a lesson counts as read when you go on from it with its Next button.
                </p>
              </noscript>
            </>
          ) : (
            <p className="mt-3">{retakeWaitMessage(readiness.availableAt, now)}</p>
          )}
          <p className="mt-4">
            <Link href={modulePath(courseModule.id)} className="font-medium text-brand-700 underline">
              Back to the module
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
        <h1 className="text-2xl font-bold sm:text-3xl">Quiz: {courseModule.title}</h1>
        <p className="mt-2 text-slate-700">
          {questions.length} questions, drawn from a bank of {courseModule.quiz.questions.length}. You need{" "}
          {courseModule.passMark}% to pass. A retake asks a fresh set, favouring questions you have not seen.
        </p>
      </header>
      {/* Drawn from the English course (answers are scored against it); shown in the served translation's words. */}
      <CourseContent served={served}>
        <QuizForm moduleId={courseModule.id} token={token} questions={servedQuestions(questions, served, moduleId)} />
      </CourseContent>
    </div>
  );
}
