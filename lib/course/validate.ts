import matter from "gray-matter";
import type { z } from "zod";
import { acronymProblems, acronymsDefinedIn } from "./acronyms";
import { checkChangelog, ZChangelog } from "./changelog";
import { scenarioProblems } from "./scenarios";
import { extractFigures, extractNumbers, findClaims, numbersMissingFromSources, SENTENCE_END } from "./citations";
import { contextMissingFromPassages } from "./context";
import { findFigureDirectives, type TFigurePlacement } from "./figure-directive";
import { checkFigures } from "./figures";
import { listCitedSourceIds, renderCitationsAsText, renderLessonMarkdown } from "./markdown";
import { isoDay, listStatisticsDueForReview, statisticsReviewStale, type TReviewDue } from "./review";
import { ZCourse, ZLessonFrontMatter, ZModule, ZQuiz, ZSources, type TQuestionFile, type TSource } from "./schema";
import type { TContentError, TCourse, TLesson, TModule, TQuestion } from "./types";

export type TRawModule = {
  dir: string;
  module: { file: string; data: unknown };
  quiz: { file: string; data: unknown };
  lessons: { file: string; text: string }[];
};

export type TRawContent = {
  course: { file: string; data: unknown };
  sources: { file: string; data: unknown };
  /** content/changelog.yaml: one entry per content version. */
  changelog: { file: string; data: unknown };
  /** content/figures.yaml: the charts and diagrams lessons place; absent means none. */
  figures?: { file: string; data: unknown };
  modules: TRawModule[];
  /** Seed article texts by file name; when given, every article's excerpts must be quoted from them verbatim. */
  seedTexts?: Record<string, string>;
  /** The day the check runs (injectable for tests); defaults to now. */
  today?: Date;
};

/** A module's content warning is a one-line reminder: the course's warning, shown before the course, says the rest. */
export const MODULE_WARNING_MAX = 160;
/** The course's warning is one short screen: on a phone (375 by 740) its Start button must stay in view. */
export const COURSE_WARNING_MAX = 400;

function warningTooLong(text: string, max: number, what: string): string | undefined {
  if (/\n/.test(text.trim())) return `contentWarning: ${what} must be a single paragraph, with no line breaks`;
  if (text.length > max)
    return `contentWarning: ${what} must be at most ${max} characters (this one has ${text.length}): keep it short and kind, and leave the rest to the Get help panel`;
  return undefined;
}

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

function issues(file: string, error: z.ZodError): TContentError[] {
  return error.issues.map((issue) => ({
    file,
    message: `${issue.path.length ? issue.path.join(".") + ": " : ""}${issue.message}`,
  }));
}

function normaliseQuestion(q: TQuestionFile): TQuestion {
  const options =
    q.type === "truefalse"
      ? [
          { id: "true", text: "True", correct: q.answer },
          { id: "false", text: "False", correct: !q.answer },
        ]
      : q.options.map((o) => ({ id: o.id, text: o.text, correct: o.correct === true }));
  return {
    id: q.id,
    type: q.type,
    prompt: q.prompt,
    options,
    explanation: q.explanation,
    sourceIds: q.sources ?? [],
    lessonId: q.lesson,
    outcome: q.outcome,
  };
}

/**
 * Each question names the lesson that teaches it, in its own module or an earlier one (so a failed attempt
 * can send the learner back to it), and the learning outcome of its module that it tests.
 */
function questionLinkErrors(ordered: TModule[], rawModules: TRawModule[]): TContentError[] {
  const errors: TContentError[] = [];
  const lessonModule = new Map(ordered.flatMap((m, i) => m.lessons.map((l) => [l.id, i] as const)));
  ordered.forEach((m, index) => {
    const file = rawModules.find((r) => r.dir === m.id)?.quiz.file ?? m.id;
    for (const q of m.quiz.questions) {
      const taughtIn = lessonModule.get(q.lessonId);
      if (taughtIn === undefined)
        errors.push({ file, message: `question "${q.id}" names lesson "${q.lessonId}", which does not exist` });
      else if (taughtIn > index)
        errors.push({
          file,
          message: `question "${q.id}" names lesson "${q.lessonId}", which comes after this quiz: name a lesson in this module or an earlier one`,
        });
      if (q.outcome > m.learningOutcomes.length)
        errors.push({
          file,
          message: `question "${q.id}" tests outcome ${q.outcome}, but module "${m.id}" has ${m.learningOutcomes.length} learning outcomes`,
        });
    }
  });
  return errors;
}

function questionErrors(q: TQuestion): string[] {
  const errors: string[] = [];
  const correct = q.options.filter((o) => o.correct).length;
  if (new Set(q.options.map((o) => o.id)).size !== q.options.length) errors.push("option ids must be unique");
  if (q.type === "single" && correct !== 1)
    errors.push(`a single-choice question needs exactly one correct option (has ${correct})`);
  if (q.type === "multiple" && (correct < 1 || correct === q.options.length))
    errors.push("a multiple-select question needs at least one correct and one incorrect option");
  return errors;
}

/** Validates parsed content files and assembles the course. Pure: no file system access. */
export function buildCourse(raw: TRawContent): { course?: TCourse; errors: TContentError[]; reviewDue: TReviewDue[] } {
  const errors: TContentError[] = [];
  const courseParse = ZCourse.safeParse(raw.course.data);
  if (!courseParse.success) errors.push(...issues(raw.course.file, courseParse.error));
  const sourcesParse = ZSources.safeParse(raw.sources.data);
  if (!sourcesParse.success) errors.push(...issues(raw.sources.file, sourcesParse.error));

  const sources: Record<string, TSource> = {};
  for (const source of sourcesParse.data ?? []) {
    if (sources[source.id]) errors.push({ file: raw.sources.file, message: `duplicate source id "${source.id}"` });
    sources[source.id] = source;
    if (source.kind !== "article" || !raw.seedTexts) continue;
    const article = raw.seedTexts[source.seed];
    if (article === undefined) {
      errors.push({
        file: raw.sources.file,
        message: `source "${source.id}": seed file ${source.seed} does not exist`,
      });
      continue;
    }
    for (const excerpt of source.excerpts)
      if (!squash(article).includes(squash(excerpt)))
        errors.push({
          file: raw.sources.file,
          message: `source "${source.id}": excerpt "${excerpt.slice(0, 60)}" is not quoted verbatim from ${source.seed}`,
        });
  }
  // What the course may rely on: an article's quoted excerpts, a web page's listed facts. Both live in
  // content/, so a fresh clone checks every figure without the full articles.
  const passages = (id: string): string[] => {
    const s = sources[id];
    if (!s) return [];
    return s.kind === "web" ? s.facts : s.excerpts;
  };
  const citedWithFigures = new Map<string, Set<string>>();
  const checkNumbers = (file: string, where: string, numbers: string[], ids: string[], text: string) => {
    if (!numbers.length) return;
    for (const id of ids) citedWithFigures.set(id, (citedWithFigures.get(id) ?? new Set()).add(file));
    const texts = ids.flatMap(passages);
    const missing = numbersMissingFromSources(numbers, texts);
    if (missing.length)
      errors.push({
        file,
        message: `${where}: ${missing.join(", ")} not found in the cited source's excerpts or facts (${ids.join(", ")})`,
      });
    // The label ("FRT, NSPCC figures for 2022-23") speaks for every passage of its source.
    const context = contextMissingFromPassages(
      text,
      ids.map((id) => {
        const s = sources[id];
        return {
          passages: passages(id),
          label: s?.label ?? "",
          published: s?.kind === "article" ? s.published : undefined,
        };
      }),
    );
    if (context.length)
      errors.push({
        file,
        message: `${where}: ${context.join(", ")} is not stated in the cited passage that holds the figure (${ids.join(", ")})`,
      });
  };
  /** course.yaml and module.yaml text: cited with [@id] inside the string, checked like a lesson, shown with the label. */
  const checkText = (file: string, field: string, text: string): string => {
    for (const id of listCitedSourceIds(text))
      if (!sources[id]) errors.push({ file, message: `${field} cites unknown source "${id}"` });
    const { claims, uncited } = findClaims(text);
    // A helpline number (Childline 0800 1111, Samaritans 116 123, 999) needs no citation here when a source lists it,
    // nor the date the sources were "checked in November 2026".
    const listed = (n: string) => Object.keys(sources).some((id) => passages(id).some((p) => p.includes(n)));
    const PHONE = /\b(?:999|\d{3,4}(?: \d{3,4}){1,2})\b/g;
    for (const u of uncited.filter(
      (x) =>
        extractFigures(
          x.text.replace(PHONE, (n) => (listed(n) ? "" : n)).replace(/\bchecked in [A-Z][a-z]+ \d{4}/g, ""),
        ).length,
    ))
      errors.push({
        file,
        message: `${field}: "${u.text.slice(0, 80)}" contains ${u.numbers.join(", ")} but no citation: add [@source-id] after it, or write a number that is not a statistic in words`,
      });
    for (const claim of claims)
      checkNumbers(file, `${field}: "${claim.text.slice(0, 80)}"`, claim.numbers, claim.sourceIds, claim.text);
    return renderCitationsAsText(text, sources);
  };

  const seenIds = new Map<string, string>();
  const claimId = (id: string, file: string) => {
    const previous = seenIds.get(id);
    if (previous) errors.push({ file, message: `id "${id}" is already used in ${previous}` });
    else seenIds.set(id, file);
  };

  const placements: { file: string; placed: TFigurePlacement[]; malformed: string[] }[] = [];
  const lessonTexts: Record<string, string> = {};
  const acronyms = acronymsDefinedIn(raw.modules.flatMap((m) => m.lessons.map((l) => l.text)));
  const modules: TModule[] = [];
  for (const rawModule of raw.modules) {
    const moduleParse = ZModule.safeParse(rawModule.module.data);
    const quizParse = ZQuiz.safeParse(rawModule.quiz.data);
    if (!moduleParse.success) errors.push(...issues(rawModule.module.file, moduleParse.error));
    if (!quizParse.success) errors.push(...issues(rawModule.quiz.file, quizParse.error));
    // Without a valid module.yaml the lessons have no order; a broken quiz still leaves them checkable.
    if (!moduleParse.success) continue;
    const file = rawModule.module.file;
    const parsed = moduleParse.data;
    const mod = {
      ...parsed,
      title: checkText(file, "title", parsed.title),
      summary: checkText(file, "summary", parsed.summary),
      contentWarning:
        parsed.contentWarning === undefined ? undefined : checkText(file, "contentWarning", parsed.contentWarning),
      learningOutcomes: parsed.learningOutcomes.map((o, i) => checkText(file, `learningOutcomes.${i}`, o)),
    };
    const longWarning =
      parsed.contentWarning === undefined
        ? undefined
        : warningTooLong(parsed.contentWarning, MODULE_WARNING_MAX, "a module's reminder");
    if (longWarning) errors.push({ file, message: longWarning });
    if (mod.id !== rawModule.dir)
      errors.push({
        file: rawModule.module.file,
        message: `id "${mod.id}" must equal its folder name "${rawModule.dir}"`,
      });
    claimId(mod.id, rawModule.module.file);

    const lessons: TLesson[] = [];
    const lessonFiles = new Map(rawModule.lessons.map((l) => [l.file.replace(/^.*\/|\.md$/g, ""), l]));
    for (const lessonId of mod.lessons) {
      const lessonFile = lessonFiles.get(lessonId);
      if (!lessonFile) {
        errors.push({
          file: rawModule.module.file,
          message: `lesson "${lessonId}" has no file lessons/${lessonId}.md`,
        });
        continue;
      }
      lessonFiles.delete(lessonId);
      const { data, content } = matter(lessonFile.text);
      const fm = ZLessonFrontMatter.safeParse(data);
      if (!fm.success) {
        errors.push(...issues(lessonFile.file, fm.error));
        continue;
      }
      if (fm.data.id !== lessonId)
        errors.push({ file: lessonFile.file, message: `id "${fm.data.id}" must equal the file name` });
      claimId(fm.data.id, lessonFile.file);
      const cited = listCitedSourceIds(content);
      placements.push({ file: lessonFile.file, ...findFigureDirectives(content) });
      lessonTexts[fm.data.id] = content;
      for (const id of cited)
        if (!sources[id]) errors.push({ file: lessonFile.file, message: `cites unknown source "${id}"` });
      const { claims, uncited } = findClaims(content);
      for (const u of uncited)
        errors.push({
          file: lessonFile.file,
          message: `"${u.text.slice(0, 80)}" contains ${u.numbers.join(", ")} but no citation: cite it, or write a number that is not a statistic in words`,
        });
      for (const claim of claims)
        checkNumbers(lessonFile.file, `"${claim.text.slice(0, 80)}"`, claim.numbers, claim.sourceIds, claim.text);
      for (const problem of acronymProblems(content, acronyms))
        errors.push({ file: lessonFile.file, message: problem.message });
      for (const problem of scenarioProblems(content)) errors.push({ file: lessonFile.file, message: problem.message });
      lessons.push({
        id: fm.data.id,
        moduleId: mod.id,
        title: fm.data.title,
        estimatedMinutes: fm.data.estimatedMinutes,
        markdown: content,
        html: renderLessonMarkdown(content, sources),
        sourceIds: cited,
      });
    }
    for (const [, orphan] of lessonFiles)
      errors.push({ file: orphan.file, message: "this lesson is not listed in module.yaml" });

    if (!quizParse.success) continue;
    const quiz = quizParse.data;
    claimId(quiz.id, rawModule.quiz.file);
    const questions = quiz.questions.map(normaliseQuestion);
    for (const q of questions) {
      claimId(q.id, rawModule.quiz.file);
      for (const message of questionErrors(q))
        errors.push({ file: rawModule.quiz.file, message: `question "${q.id}": ${message}` });
      for (const id of q.sourceIds)
        if (!sources[id])
          errors.push({ file: rawModule.quiz.file, message: `question "${q.id}" cites unknown source "${id}"` });
      const numbers = [q.prompt, q.explanation, ...q.options.map((o) => o.text)].flatMap(extractFigures);
      if (numbers.length && !q.sourceIds.length)
        errors.push({
          file: rawModule.quiz.file,
          message: `question "${q.id}" contains ${numbers.join(", ")} but lists no sources: add sources: [id], or write a number that is not a statistic in words`,
        });
      else {
        // Each sentence of a question is checked like a cited lesson sentence: its figures, in digits or
        // words, against the question's sources, with the year and place stated beside them.
        // A wrong option may pair a figure with the wrong year on purpose: only its digits are checked.
        const texts = [q.prompt, q.explanation, ...q.options.filter((o) => o.correct).map((o) => o.text)];
        for (const sentence of texts.flatMap((t) => t.split(SENTENCE_END)))
          checkNumbers(
            rawModule.quiz.file,
            `question "${q.id}": "${sentence.slice(0, 60)}"`,
            extractFigures(sentence),
            q.sourceIds,
            sentence,
          );
        for (const o of q.options.filter((x) => !x.correct))
          checkNumbers(
            rawModule.quiz.file,
            `question "${q.id}" option "${o.id}"`,
            extractNumbers(o.text),
            q.sourceIds,
            "",
          );
      }
    }
    modules.push({
      ...mod,
      lessons,
      quiz: { id: quiz.id, draw: Math.min(quiz.draw ?? questions.length, questions.length), questions },
    });
  }

  const figuresFile = raw.figures?.file ?? "content/figures.yaml";
  const { figures, errors: figureErrors } = checkFigures({
    file: figuresFile,
    data: raw.figures?.data,
    sources,
    seedTexts: raw.seedTexts,
    lessons: lessonTexts,
    placements,
  });
  errors.push(...figureErrors);

  if (!courseParse.success) return { errors, reviewDue: [] };
  const parsedCourse = courseParse.data;
  const cf = raw.course.file;
  const course = {
    ...parsedCourse,
    title: checkText(cf, "title", parsedCourse.title),
    summary: checkText(cf, "summary", parsedCourse.summary),
    contentWarning: checkText(cf, "contentWarning", parsedCourse.contentWarning),
    learningOutcomes: parsedCourse.learningOutcomes.map((o, i) => checkText(cf, `learningOutcomes.${i}`, o)),
  };
  const longWarning = warningTooLong(parsedCourse.contentWarning, COURSE_WARNING_MAX, "the course's warning");
  if (longWarning) errors.push({ file: cf, message: longWarning });
  const today = isoDay(raw.today ?? new Date());
  if (statisticsReviewStale(course.statisticsReviewed, today))
    errors.push({
      file: cf,
      message: `statisticsReviewed ${course.statisticsReviewed} is more than 12 months before ${today}: check every figure against its source, then update it`,
    });
  const reviewDue = listStatisticsDueForReview(sources, citedWithFigures, course.reviewAfterMonths, today);
  claimId(course.id, raw.course.file);
  const byId = new Map(modules.map((m) => [m.id, m]));
  for (const id of course.modules)
    if (!byId.has(id) && !raw.modules.some((m) => m.dir === id))
      errors.push({ file: raw.course.file, message: `module "${id}" has no folder modules/${id}/` });
  for (const m of raw.modules)
    if (!course.modules.includes(m.dir))
      errors.push({ file: raw.course.file, message: `module folder "${m.dir}" is not listed in modules` });
  if (new Set(course.modules).size !== course.modules.length)
    errors.push({ file: raw.course.file, message: "a module is listed twice" });
  const ordered = course.modules.map((id) => byId.get(id)).filter((m): m is TModule => m !== undefined);
  errors.push(...questionLinkErrors(ordered, raw.modules));
  const changelogParse = ZChangelog.safeParse(raw.changelog.data);
  if (!changelogParse.success) errors.push(...issues(raw.changelog.file, changelogParse.error));
  const changelog = changelogParse.data ?? [];
  const lessonIds = new Set(modules.flatMap((m) => m.lessons.map((l) => l.id)));
  if (changelogParse.success) errors.push(...checkChangelog(raw.changelog.file, changelog, course.version, lessonIds));
  return { course: { ...course, modules: ordered, sources, changelog, figures }, errors, reviewDue };
}
