// Quiz answers for synthetic attempts, scored by the app's own scoring so stored scores are consistent.
import type { TModule } from "../lib/course/types";
import type { TStoredAnswers } from "../lib/quiz/attempts";
import { drawQuestions } from "../lib/quiz/draw";
import { scoreQuiz, type TAnswers } from "../lib/quiz/scoring";
import type { TRandom } from "../lib/testing/random";

export type TScoredAnswers = {
  stored: string;
  correctCount: number;
  questionCount: number;
  scorePercent: number;
  passed: boolean;
};

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

/** The questions one attempt asks, drawn from the bank as the app draws them. */
export function drawFor(random: TRandom, courseModule: TModule): string[] {
  return drawQuestions(courseModule.quiz.questions, courseModule.quiz.draw, new Map(), String(random.int(0, 2 ** 30)));
}

/** Answers to a drawn set of questions that pass or fail as asked, with a realistic number of mistakes. */
export function makeAnswers(
  random: TRandom,
  courseModule: TModule,
  key: { right: TAnswers; wrong: TAnswers },
  pass: boolean,
): TAnswers {
  const asked = new Set(drawFor(random, courseModule));
  const questions = courseModule.quiz.questions.filter((q) => asked.has(q.id));
  const n = questions.length;
  const needed = Math.ceil((courseModule.passMark * n) / 100);
  const mistakes = pass ? random.int(0, n - needed) : random.int(n - needed + 1, Math.min(n, n - needed + 3));
  const wrongIds = new Set(random.shuffle(questions.map((q) => q.id)).slice(0, mistakes));
  return Object.fromEntries(
    questions.map((q) => [q.id, (wrongIds.has(q.id) ? key.wrong[q.id] : key.right[q.id]) ?? []]),
  );
}

/** Scored exactly as recordQuizAttempt scores and stores a submission. */
export function scoreAnswers(courseModule: TModule, answers: TAnswers): TScoredAnswers {
  const asked = { ...courseModule.quiz, questions: courseModule.quiz.questions.filter((q) => q.id in answers) };
  const result = scoreQuiz(asked, answers, courseModule.passMark);
  const stored: TStoredAnswers = Object.fromEntries(
    result.questions.map((q) => [q.questionId, { selected: q.selected, correct: q.correct }]),
  );
  return {
    stored: JSON.stringify(stored),
    correctCount: result.correctCount,
    questionCount: result.questionCount,
    scorePercent: result.scorePercent,
    passed: result.passed,
  };
}
