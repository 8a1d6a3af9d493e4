import type { TLesson, TModule, TQuestion } from "../course/types";

/** One question's totals, as the database groups them. */
export type TQuestionTotals = {
  moduleId: string;
  questionId: string;
  answered: number;
  people: number;
  correct: number;
};
/** How often one wrong selection was made for a question: selected is the option ids, as stored. */
export type TWrongChoice = { questionId: string; selected: string[]; count: number };

export type TQuestionStats = {
  question: TQuestion;
  /** The lesson to revisit with staff who got it wrong. */
  lesson: TLesson | undefined;
  answered: number;
  /** How many different people answered: below MIN_PEOPLE the figures are withheld, so no one's answers can be told apart. */
  people: number;
  /** Whether there are enough people to show the share right and the commonest wrong answer. */
  shown: boolean;
  correctPercent: number;
  /** The wrong answer chosen most often, in the words the learner saw. */
  commonWrong: { text: string; count: number } | null;
  /** Flagged for review: almost everyone gets it right (too easy?) or wrong (unclear, or not taught?). */
  flag: "almost-all-right" | "almost-all-wrong" | null;
};

/**
 * Below this many different people a question's figures are withheld: with one or two people in a group, "the wrong
 * answer chosen most" would be someone's own answer. It is also too few for a percentage to say much.
 */
export const MIN_PEOPLE = 5;
const FLAG_HIGH = 95;
const FLAG_LOW = 20;

export function summariseItems(
  modules: TModule[],
  totals: TQuestionTotals[],
  wrongChoices: TWrongChoice[],
  findLesson: (lessonId: string) => TLesson | undefined,
): { modules: { module: TModule; questions: TQuestionStats[] }[]; hardest: TQuestionStats[] } {
  const byQuestion = new Map(totals.map((t) => [t.questionId, t]));
  const commonest = new Map<string, TWrongChoice>();
  for (const choice of wrongChoices) {
    const best = commonest.get(choice.questionId);
    if (!best || choice.count > best.count) commonest.set(choice.questionId, choice);
  }
  const perModule = modules.map((m) => ({
    module: m,
    questions: m.quiz.questions.map((q): TQuestionStats => {
      const t = byQuestion.get(q.id);
      const answered = t?.answered ?? 0;
      const people = t?.people ?? 0;
      const shown = people >= MIN_PEOPLE;
      const correctPercent = shown && answered ? Math.round(((t?.correct ?? 0) * 100) / answered) : 0;
      const wrong = shown ? commonest.get(q.id) : undefined;
      const text = wrong
        ? wrong.selected
            .map((id) => q.options.find((o) => o.id === id)?.text)
            .filter(Boolean)
            .join("; ")
        : "";
      const flag = !shown
        ? null
        : correctPercent >= FLAG_HIGH
          ? "almost-all-right"
          : correctPercent <= FLAG_LOW
            ? "almost-all-wrong"
            : null;
      return {
        question: q,
        lesson: findLesson(q.lessonId),
        answered,
        people,
        shown,
        correctPercent,
        commonWrong: wrong && text ? { text, count: wrong.count } : null,
        flag,
      };
    }),
  }));
  const hardest = perModule
    .flatMap((m) => m.questions)
    .filter((s) => s.shown)
    .sort((a, b) => a.correctPercent - b.correctPercent || b.answered - a.answered)
    .slice(0, 5);
  return { modules: perModule, hardest };
}
