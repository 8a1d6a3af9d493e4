"use client";

import { useState } from "react";
import { useFormAction } from "@/components/use-form-action";
import type { TPublicQuestion } from "@/lib/quiz/public-quiz";
import { submitQuiz, type TQuizFormState } from "./actions";

const initial: TQuizFormState = { message: null, problemQuestionIds: [] };

/** The form's words, translated on the server; `questionOf` has one "Question 1 of 10. " for each question. */
export type TQuizFormText = {
  questionOf: string[];
  multiple: string;
  truefalse: string;
  single: string;
  submit: string;
  submitting: string;
};

export function QuizForm({
  moduleId,
  token,
  questions,
  contentLang,
  text,
}: {
  moduleId: string;
  token: string;
  questions: TPublicQuestion[];
  /** The language the questions are written in (the course's), which may differ from the page's. */
  contentLang: string;
  text: TQuizFormText;
}) {
  const { state, pending, form } = useFormAction(submitQuiz, initial);
  // Controlled, so the learner's choices survive a submission that is sent back for correction. Without
  // scripts the page is drawn afresh from the answer, so it starts from the answers that were sent.
  const [answers, setAnswers] = useState<Record<string, string[]>>(() => state.answers ?? {});

  function toggle(q: TPublicQuestion, optionId: string, checked: boolean) {
    setAnswers((prev) => {
      const current = prev[q.id] ?? [];
      if (q.type !== "multiple") return { ...prev, [q.id]: [optionId] };
      return { ...prev, [q.id]: checked ? [...current, optionId] : current.filter((o) => o !== optionId) };
    });
  }

  return (
    <form {...form} className="space-y-5">
      <input type="hidden" name="moduleId" value={moduleId} />
      <input type="hidden" name="token" value={token} />
      {questions.map((q, i) => {
        const flagged = state.problemQuestionIds.includes(q.id);
        return (
          <fieldset
            key={q.id}
            data-question-id={q.id}
            className={`rounded-xl bg-white p-5 shadow-sm ${flagged ? "ring-2 ring-red-500" : ""}`}
          >
            <legend className="float-left w-full font-semibold">
              <span className="text-slate-600">{text.questionOf[i]}</span>
              <span lang={contentLang}>{q.prompt}</span>
              <span className="mt-1 block text-sm font-normal text-slate-600">
                {q.type === "multiple" ? text.multiple : q.type === "truefalse" ? text.truefalse : text.single}
              </span>
            </legend>
            <div className="clear-both space-y-2 pt-3">
              {q.options.map((o) => {
                const id = `${q.id}-${o.id}`;
                const checked = (answers[q.id] ?? []).includes(o.id);
                return (
                  <div
                    key={o.id}
                    className="flex items-start gap-3 rounded-md border border-slate-300 p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
                  >
                    <input
                      id={id}
                      type={q.type === "multiple" ? "checkbox" : "radio"}
                      name={`answer:${q.id}`}
                      value={o.id}
                      checked={checked}
                      onChange={(e) => toggle(q, o.id, e.target.checked)}
                    />
                    <label htmlFor={id} lang={contentLang} className="flex-1 cursor-pointer">
                      {o.text}
                    </label>
                  </div>
                );
              })}
            </div>
          </fieldset>
        );
      })}
      <div aria-live="polite" data-testid="quiz-message">
        {state.message ? <p className="rounded-md bg-red-50 p-3 text-red-800">{state.message}</p> : null}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? text.submitting : text.submit}
      </button>
    </form>
  );
}
