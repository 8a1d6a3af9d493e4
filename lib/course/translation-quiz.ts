import { extractFigures, extractNumbers, numbersMissingFromSources } from "./citations";
import { ZQuiz, type TQuestionFile } from "./schema";
import { figuresNotIn, type TPassages } from "./translation-compare";
import type { TContentError, TQuestion, TQuiz } from "./types";

/** A question's translated words, by option id. */
export type TTranslatedQuestion = { prompt: string; explanation: string; options: Map<string, string> };

const correctIds = (q: TQuestionFile): string[] =>
  q.type === "truefalse" ? [String(q.answer)] : q.options.filter((o) => o.correct === true).map((o) => o.id);
const optionIds = (q: TQuestionFile): string[] =>
  q.type === "truefalse" ? ["true", "false"] : q.options.map((o) => o.id);
const list = (ids: string[]) => ids.join(", ") || "none";

/**
 * A question must ask exactly what the English asks, in other words: the same id, type, lesson and outcome, the same
 * options (by id) with the same right answers, the same sources, and an explanation. Its figures are the English
 * question's: the prompt's, the explanation's and each option's, and the ones a cited question states are in its
 * sources. A learner's answers are scored against the English course, so these must never drift.
 */
function questionProblems(en: TQuestion, tr: TQuestionFile, passages: TPassages): string[] {
  const problems: string[] = [];
  if (tr.type !== en.type) return [`is a ${tr.type} question, but the English one is ${en.type}`];
  if (tr.lesson !== en.lessonId) problems.push(`names lesson "${tr.lesson}", but the English names "${en.lessonId}"`);
  if (tr.outcome !== en.outcome) problems.push(`tests outcome ${tr.outcome}, but the English tests ${en.outcome}`);
  const ids = optionIds(tr);
  if (ids.length !== en.options.length)
    problems.push(`has ${ids.length} options, but the English question has ${en.options.length}`);
  else if (
    [...ids].sort().join() !==
    en.options
      .map((o) => o.id)
      .sort()
      .join()
  )
    problems.push(`has options ${list(ids)}, but the English question has ${list(en.options.map((o) => o.id))}`);
  const marked = correctIds(tr).sort();
  const english = en.options.filter((o) => o.correct).map((o) => o.id);
  if (marked.join() !== english.sort().join())
    problems.push(`marks ${list(marked)} as the right answer, but the English marks ${list(english)}`);
  const sources = [...(tr.sources ?? [])].sort();
  if (sources.join() !== [...en.sourceIds].sort().join())
    problems.push(`lists sources ${list(sources)}, but the English lists ${list(en.sourceIds)}`);

  const fields: [string, string, string][] = [
    ["prompt", en.prompt, tr.prompt],
    ["explanation", en.explanation, tr.explanation],
  ];
  if (tr.type !== "truefalse")
    for (const o of tr.options) {
      const original = en.options.find((x) => x.id === o.id);
      if (original) fields.push([`option "${o.id}"`, original.text, o.text]);
    }
  for (const [where, english, translated] of fields) {
    const extra = figuresNotIn(english, translated);
    if (extra.length) problems.push(`${where} states ${extra.join(", ")}, which the English ${where} does not`);
  }
  if (!en.sourceIds.length) return problems;
  const right = new Set(correctIds(tr));
  const checked = [
    tr.prompt,
    tr.explanation,
    ...(tr.type === "truefalse" ? [] : tr.options.filter((o) => right.has(o.id)).map((o) => o.text)),
  ].flatMap(extractFigures);
  const wrong =
    tr.type === "truefalse" ? [] : tr.options.filter((o) => !right.has(o.id)).flatMap((o) => extractNumbers(o.text));
  const missing = numbersMissingFromSources([...checked, ...wrong], en.sourceIds.flatMap(passages));
  if (missing.length)
    problems.push(
      `${[...new Set(missing)].join(", ")} not found in its sources' excerpts or facts (${list(en.sourceIds)})`,
    );
  return problems;
}

/** A module's translated quiz.yaml against the English quiz; its questions' words by id when they all match. */
export function checkQuizTranslation(
  en: TQuiz,
  raw: { file: string; data: unknown },
  passages: TPassages,
  fail: (file: string, messages: string[], prefix?: string) => void,
  problems: TContentError[],
): Map<string, TTranslatedQuestion> | undefined {
  const parsed = ZQuiz.safeParse(raw.data);
  if (!parsed.success) {
    fail(
      raw.file,
      parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`),
    );
    return undefined;
  }
  const quiz = parsed.data;
  const before = problems.length;
  if (quiz.id !== en.id) fail(raw.file, [`id "${quiz.id}" must be the English quiz's id "${en.id}"`]);
  if (quiz.draw !== undefined && Math.min(quiz.draw, en.questions.length) !== en.draw)
    fail(raw.file, [`draw is ${quiz.draw}, but the English quiz draws ${en.draw}`]);
  const words = new Map<string, TTranslatedQuestion>();
  for (const q of en.questions) {
    const tr = quiz.questions.find((x) => x.id === q.id);
    if (!tr) {
      fail(raw.file, [`question "${q.id}" is not translated`]);
      continue;
    }
    fail(raw.file, questionProblems(q, tr, passages), `question "${q.id}" `);
    words.set(q.id, {
      prompt: tr.prompt,
      explanation: tr.explanation,
      options: new Map(tr.type === "truefalse" ? [] : tr.options.map((o) => [o.id, o.text])),
    });
  }
  for (const tr of quiz.questions)
    if (!en.questions.some((q) => q.id === tr.id))
      fail(raw.file, [`question "${tr.id}" is not in the English quiz: translate only what it asks, keeping its ids`]);
  return problems.length > before ? undefined : words;
}
