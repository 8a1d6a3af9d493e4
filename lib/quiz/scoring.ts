import type { TQuiz } from "../course/types";
import type { TErrorCode } from "../errors/codes";

/** The learner's selections: question id to the option ids they chose. */
export type TAnswers = Record<string, string[]>;

export type TQuestionResult = {
  questionId: string;
  selected: string[];
  correctOptionIds: string[];
  correct: boolean;
};

export type TQuizResult = {
  correctCount: number;
  questionCount: number;
  /** Rounded down, so a learner is never shown 80% for a score that failed an 80% pass mark. */
  scorePercent: number;
  passed: boolean;
  questions: TQuestionResult[];
};

/** What is wrong with one answer, as a code from lib/errors (worded by the edge) and the values its wording needs. */
export type TAnswerProblem = {
  questionId?: string;
  code: Extract<
    TErrorCode,
    "ANSWER_UNKNOWN_QUESTION" | "ANSWER_MISSING" | "ANSWER_ONE_ONLY" | "ANSWER_NOT_AN_OPTION" | "ANSWER_REPEATED"
  >;
  params: { id: string } | { number: number };
};

/**
 * Checks that answers fit the quiz: every question answered, only known options, and one option
 * for single-choice and true/false questions. Returns the problems found (empty when valid).
 */
export function checkAnswers(quiz: TQuiz, answers: TAnswers): TAnswerProblem[] {
  const problems: TAnswerProblem[] = [];
  const known = new Set(quiz.questions.map((q) => q.id));
  for (const id of Object.keys(answers))
    if (!known.has(id)) problems.push({ code: "ANSWER_UNKNOWN_QUESTION", params: { id } });
  quiz.questions.forEach((q, i) => {
    const selected = answers[q.id] ?? [];
    const params = { number: i + 1 };
    if (selected.length === 0) problems.push({ questionId: q.id, code: "ANSWER_MISSING", params });
    else if (q.type !== "multiple" && selected.length > 1)
      problems.push({ questionId: q.id, code: "ANSWER_ONE_ONLY", params });
    const optionIds = new Set(q.options.map((o) => o.id));
    if (selected.some((s) => !optionIds.has(s)))
      problems.push({ questionId: q.id, code: "ANSWER_NOT_AN_OPTION", params });
    if (new Set(selected).size !== selected.length)
      problems.push({ questionId: q.id, code: "ANSWER_REPEATED", params });
  });
  return problems;
}

/**
 * Scores a quiz. A question is right only when exactly its correct options are selected
 * (a multiple-select question with one right option missed, or one wrong one added, is wrong).
 */
export function scoreQuiz(quiz: TQuiz, answers: TAnswers, passMark: number): TQuizResult {
  const questions = quiz.questions.map((q) => {
    const selected = [...new Set(answers[q.id] ?? [])].sort();
    const correctOptionIds = q.options
      .filter((o) => o.correct)
      .map((o) => o.id)
      .sort();
    const correct = selected.length === correctOptionIds.length && selected.every((s, i) => s === correctOptionIds[i]);
    return { questionId: q.id, selected, correctOptionIds, correct };
  });
  const correctCount = questions.filter((q) => q.correct).length;
  const questionCount = questions.length;
  return {
    correctCount,
    questionCount,
    scorePercent: questionCount ? Math.floor((correctCount * 100) / questionCount) : 0,
    // Integer arithmetic: no rounding can turn a fail into a pass.
    passed: questionCount > 0 && correctCount * 100 >= passMark * questionCount,
    questions,
  };
}
