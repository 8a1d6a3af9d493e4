import { extractFigures } from "./citations";
import type { TCourse, TQuestion, TQuiz } from "./types";

/**
 * Rules a module's question bank must meet, so that a pass measures understanding rather than
 * test-taking: answers that cannot be spotted by length or by a lopsided true/false balance, "select all"
 * questions with real mistakes to avoid, no question repeated under another name, few figures to recall,
 * and a bank large enough that a retake asks mostly new questions. Pure: the checker and tests call it.
 */

export const MIN_BANK = 14;
/** A bank this many times its draw lets a retake draw mostly questions the learner has not seen. */
export const BANK_PER_DRAW = 1.7;
export const MIN_DRAW = 8;
export const MIN_QUESTIONS_PER_OUTCOME = 2;
/** Share of single-answer questions whose right option may be the longest. */
export const MAX_LONGEST_RIGHT_SHARE = 0.4;
/** How much longer than the longest wrong option a right option may be. */
export const MAX_RIGHT_LENGTH_RATIO = 1.5;
export const TRUE_SHARE = { min: 0.4, max: 0.6 };
export const MAX_FIGURE_RECALL = 2;
/** Word-pair overlap (Dice) at or above which two questions count as near-duplicates. */
export const NEAR_DUPLICATE_SIMILARITY = 0.3;

export type TBank = { moduleId: string; file: string; outcomeCount: number; quiz: TQuiz };
export type TBankProblem = { file: string; message: string };

const PHONE = /\b(?:999|\d{3,4}(?: \d{3,4}){1,2})\b/g;
const ASKS_FOR_FIGURE = /\b(how many|how much|what share|what percentage|what proportion|what fraction)\b/i;
const CATCH_ALL = /\b(all|none|both|neither) of the above\b/i;

/** A question whose answer is a number to remember: a figure in a right option, or a prompt asking for one. */
export function isFigureRecall(q: TQuestion): boolean {
  if (ASKS_FOR_FIGURE.test(q.prompt)) return true;
  if (q.type === "truefalse") return false;
  return q.options.some((o) => o.correct && extractFigures(o.text.replace(PHONE, "")).length > 0);
}

const percent = (n: number) => `${Math.round(n * 100)}%`;

function lengthProblems(questions: TQuestion[]): string[] {
  const problems: string[] = [];
  const singles = questions.filter((q) => q.type === "single");
  const longestIsRight = singles.filter((q) => {
    const right = q.options.find((o) => o.correct)!.text.length;
    return q.options.every((o) => o.correct || o.text.length < right);
  });
  if (singles.length && longestIsRight.length / singles.length > MAX_LONGEST_RIGHT_SHARE)
    problems.push(
      `the right option is the longest in ${longestIsRight.length} of ${singles.length} single-answer questions (${percent(longestIsRight.length / singles.length)}; at most ${percent(MAX_LONGEST_RIGHT_SHARE)}): ${longestIsRight.map((q) => q.id).join(", ")}. Make the wrong options as specific as the right one`,
    );
  for (const q of questions.filter((x) => x.type !== "truefalse")) {
    const longestWrong = Math.max(...q.options.filter((o) => !o.correct).map((o) => o.text.length));
    for (const o of q.options.filter((x) => x.correct && x.text.length > MAX_RIGHT_LENGTH_RATIO * longestWrong))
      problems.push(
        `question "${q.id}": right option "${o.id}" is ${o.text.length} characters, more than ${MAX_RIGHT_LENGTH_RATIO} times the longest wrong option (${longestWrong}): a learner can spot it by its length`,
      );
  }
  return problems;
}

function trueFalseProblems(questions: TQuestion[]): string[] {
  const tf = questions.filter((q) => q.type === "truefalse");
  if (!tf.length) return [];
  const trueCount = tf.filter((q) => q.options.find((o) => o.id === "true")?.correct).length;
  const share = trueCount / tf.length;
  if (share >= TRUE_SHARE.min && share <= TRUE_SHARE.max) return [];
  return [
    `${trueCount} of ${tf.length} true/false answers are "true" (${percent(share)}): keep between ${percent(TRUE_SHARE.min)} and ${percent(TRUE_SHARE.max)}, so guessing one answer throughout does not pay`,
  ];
}

function optionProblems(questions: TQuestion[]): string[] {
  const problems: string[] = [];
  for (const q of questions) {
    if (q.type === "multiple" && q.options.filter((o) => !o.correct).length < 2)
      problems.push(
        `question "${q.id}": a "select all" question needs at least two wrong options, each a mistake someone could really make`,
      );
    for (const o of q.options.filter((x) => CATCH_ALL.test(x.text)))
      problems.push(
        `question "${q.id}": option "${o.id}" is a catch-all ("${o.text.match(CATCH_ALL)![0]}"): write the options out`,
      );
  }
  return problems;
}

function sizeProblems(bank: TBank): string[] {
  const { quiz, outcomeCount } = bank;
  const problems: string[] = [];
  const needed = Math.max(MIN_BANK, Math.ceil(BANK_PER_DRAW * quiz.draw - 1e-9));
  if (quiz.draw < MIN_DRAW) problems.push(`draw is ${quiz.draw}: an attempt asks at least ${MIN_DRAW} questions`);
  if (quiz.questions.length < needed)
    problems.push(
      `the bank has ${quiz.questions.length} questions; drawing ${quiz.draw} needs at least ${needed}, so a retake asks mostly new ones`,
    );
  if (quiz.draw < outcomeCount)
    problems.push(
      `draw is ${quiz.draw}, fewer than the module's ${outcomeCount} learning outcomes: an attempt must test each one`,
    );
  for (let outcome = 1; outcome <= outcomeCount; outcome++) {
    const count = quiz.questions.filter((q) => q.outcome === outcome).length;
    if (count < MIN_QUESTIONS_PER_OUTCOME)
      problems.push(
        `learning outcome ${outcome} has ${count} question${count === 1 ? "" : "s"}: give it at least ${MIN_QUESTIONS_PER_OUTCOME}, so a retake can ask it another way`,
      );
  }
  const recall = quiz.questions.filter(isFigureRecall);
  if (recall.length > MAX_FIGURE_RECALL)
    problems.push(
      `${recall.length} questions ask to recall a figure (${recall.map((q) => q.id).join(", ")}); at most ${MAX_FIGURE_RECALL}: ask what to do or think in a situation instead`,
    );
  return problems;
}

/** The problems of one module's bank. */
export function bankProblems(bank: TBank): TBankProblem[] {
  const { questions } = bank.quiz;
  return [
    ...sizeProblems(bank),
    ...lengthProblems(questions),
    ...trueFalseProblems(questions),
    ...optionProblems(questions),
  ].map((message) => ({
    file: bank.file,
    message,
  }));
}

function wordPairs(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .replace(/[^a-z0-9' ]+/g, " ")
    .split(/\s+/)
    .filter(Boolean);
  return new Set(words.slice(1).map((w, i) => `${words[i]} ${w}`));
}

/** Dice coefficient over word pairs: 1 for the same wording, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  const x = wordPairs(a);
  const y = wordPairs(b);
  if (!x.size || !y.size) return 0;
  let shared = 0;
  for (const pair of x) if (y.has(pair)) shared++;
  return (2 * shared) / (x.size + y.size);
}

// Question stems every bank uses; left in, they would make unrelated short questions look alike.
const STEMS =
  /select all that apply:?|which of these|what should you do( first| next| now)?\??|what is the best (response|thing to do)\??/gi;
/** What a question asks and answers, without its stock stem. */
const questionText = (q: TQuestion) =>
  [
    q.prompt.replace(STEMS, " "),
    ...q.options.filter((o) => o.correct && q.type !== "truefalse").map((o) => o.text),
  ].join(" ");

/** Pairs of questions anywhere in the course that share most of their wording. */
export function nearDuplicateProblems(banks: TBank[]): TBankProblem[] {
  const all = banks.flatMap((b) => b.quiz.questions.map((q) => ({ q, file: b.file, text: questionText(q) })));
  const problems: TBankProblem[] = [];
  for (let i = 0; i < all.length; i++)
    for (let j = i + 1; j < all.length; j++) {
      const score = similarity(all[i]!.text, all[j]!.text);
      if (score >= NEAR_DUPLICATE_SIMILARITY)
        problems.push({
          file: all[i]!.file,
          message: `question "${all[i]!.q.id}" and question "${all[j]!.q.id}" (${all[j]!.file}) are near-duplicates (${percent(score)} of their wording shared): ask something different, or drop one`,
        });
    }
  return problems;
}

/** Every bank rule across the course. */
export function courseBankProblems(banks: TBank[]): TBankProblem[] {
  return [...banks.flatMap(bankProblems), ...nearDuplicateProblems(banks)];
}

/** The course's banks, each with the quiz file it is written in. */
export function banksOf(course: TCourse, contentDir = "content"): TBank[] {
  return course.modules.map((m) => ({
    moduleId: m.id,
    file: `${contentDir}/modules/${m.id}/quiz.yaml`,
    outcomeCount: m.learningOutcomes.length,
    quiz: m.quiz,
  }));
}
