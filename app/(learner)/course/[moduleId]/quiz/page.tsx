import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { findModule } from "@/lib/course";
import { modulePath } from "@/lib/course/paths";
import { getAuthSecret } from "@/lib/env";
import { publicQuestions } from "@/lib/quiz/public-quiz";
import { createSubmissionToken } from "@/lib/quiz/submission-token";
import { QuizForm } from "./quiz-form";

type TProps = { params: Promise<{ moduleId: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const courseModule = findModule((await params).moduleId);
  return { title: courseModule ? `Quiz: ${courseModule.title}` : "Quiz" };
}

export default async function QuizPage({ params }: TProps) {
  const { moduleId } = await params;
  const courseModule = findModule(moduleId);
  if (!courseModule) notFound();
  const user = await requireUser();
  const token = createSubmissionToken(user.id, courseModule.id, getAuthSecret());
  const questions = publicQuestions(courseModule, token);

  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/course" className="text-brand-700 underline">Course</Link> <span aria-hidden="true">›</span>{" "}
        <Link href={modulePath(courseModule.id)} className="text-brand-700 underline">{courseModule.title}</Link>
      </nav>
      <header>
        <h1 className="text-2xl font-bold sm:text-3xl">Quiz: {courseModule.title}</h1>
        <p className="mt-2 text-slate-700">
          {questions.length} questions. You need {courseModule.passMark}% to pass, and you can retake the quiz as often as you need.
        </p>
      </header>
      <QuizForm moduleId={courseModule.id} token={token} questions={questions} />
    </div>
  );
}
