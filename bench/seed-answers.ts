// Quiz answers for synthetic attempts, scored by the app's own scoring so stored scores are consistent.
import type { TModule } from "../lib/course/types";
import type { TStoredAnswers } from "../lib/quiz/attempts";
import { scoreQuiz, type TAnswers } from "../lib/quiz/scoring";
import type { TRandom } from "../lib/testing/random";

export type TScoredAnswers = { stored: string; correctCount: number; questionCount: number; scorePercent: number; passed: boolean };

/** Right answers and one wrong pick per question, worked out once per module. */
export function answerKey(courseModule: TModule): { right: TAnswers; wrong: TAnswers } {
  const right: TAnswers = {};
  const wrong: TAnswers = {};
  for (const q of courseModule.quiz.questions) {
    right[q.id] = q.options.filter((o) => o.correct).map((o) => o.id);
    const miss = q.options.find((o) => !o.correct) ?? q.options[0];
    wrong[q.id] = miss ? [miss.id] : [];
  }
  return { right, wrong };
}

/** Answers that pass or fail as asked, with a realistic number of mistakes. */
export function makeAnswers(random: TRandom, courseModule: TModule, key: { right: TAnswers; wrong: TAnswers }, pass: boolean): TAnswers {
  const questions = courseModule.quiz.questions;
  const n = questions.length;
  const needed = Math.ceil((courseModule.passMark * n) / 100);
  const mistakes = pass ? random.int(0, n - needed) : random.int(n - needed + 1, Math.min(n, n - needed + 3));
  const wrongIds = new Set(random.shuffle(questions.map((q) => q.id)).slice(0, mistakes));
  return Object.fromEntries(questions.map((q) => [q.id, (wrongIds.has(q.id) ? key.wrong[q.id] : key.right[q.id]) ?? []]));
}

/** Scored exactly as recordQuizAttempt scores and stores a submission. */
export function scoreAnswers(courseModule: TModule, answers: TAnswers): TScoredAnswers {
  const result = scoreQuiz(courseModule.quiz, answers, courseModule.passMark);
  const stored: TStoredAnswers = Object.fromEntries(result.questions.map((q) => [q.questionId, { selected: q.selected, correct: q.correct }]));
  return { stored: JSON.stringify(stored), correctCount: result.correctCount, questionCount: result.questionCount, scorePercent: result.scorePercent, passed: result.passed };
}
