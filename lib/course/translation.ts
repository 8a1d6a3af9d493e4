import matter from "gray-matter";
import type { z } from "zod";
import { compareVersions } from "./changelog";
import { listCitedSourceIds, renderCitationsAsText, renderLessonMarkdown } from "./markdown";
import { ZLessonFrontMatter } from "./schema";
import { checkQuizTranslation, type TTranslatedQuestion } from "./translation-quiz";
import { textProblems, type TPassages } from "./translation-compare";
import {
  ZCourseTranslation,
  ZModuleTranslation,
  ZTranslationManifest,
  type TTranslationManifest,
} from "./translation-schema";
import type { TContentError, TCourse, TLesson, TModule } from "./types";
import type { TRawModule } from "./validate";

/** A translation's files as read from content/translations/<locale>/ (lib/course/translation-load.ts). */
export type TRawTranslation = {
  /** The folder's name: the language tag. */
  locale: string;
  manifest: { file: string; data: unknown };
  course: { file: string; data: unknown };
  modules: TRawModule[];
};

/** The English course.yaml and module.yaml words as written (with their [@id] citations), which TCourse keeps rendered. */
export type TEnglishText = {
  course: TTextFields;
  modules: Record<string, TTextFields>;
};
type TTextFields = { title: string; summary: string; contentWarning?: string; learningOutcomes: string[] };

/** A translation that passed every check: the English course with the translation's words in place of its own. */
export type TCourseTranslation = {
  locale: string;
  status: TTranslationManifest["status"];
  translates: string;
  review?: TTranslationManifest["review"];
  /** Ids, order, answers, sources, figures and pass marks are the English course's; only the words are translated. */
  course: TCourse;
};

export type TTranslationCheck = {
  locale: string;
  /** Present when the translation matches the English course (whatever its status): what could be served. */
  translation?: TCourseTranslation;
  /** Failures: `npm run content:check` exits non-zero. */
  errors: TContentError[];
  /**
   * A translation of an older course version: not served, and reported rather than failed, so that a correction to
   * the English course is never held up by its translations. Lists the lessons changed since, and what no longer
   * matches.
   */
  outOfDate?: { translates: string; current: string; changedLessons: string[]; differences: TContentError[] };
};

function issues(file: string, error: z.ZodError): TContentError[] {
  return error.issues.map((i) => ({ file, message: `${i.path.length ? i.path.join(".") + ": " : ""}${i.message}` }));
}

const sameCount = (what: string, en: number, tr: number) =>
  en === tr ? [] : [`has ${tr} ${what} where the English has ${en}: translate each one, in the same order`];

/**
 * Checks a translation against the English course it translates, and builds the translated course. The translation
 * carries words only: every lesson and quiz present with the English ids; each question with the same id, type,
 * options and answers, and an explanation; the same sources cited in the same places; no figure a translated
 * sentence states that its English sentence does not (nor one its sources lack); the same charts and diagrams.
 * `locales` are the languages the interface has (a translation into another could never be shown).
 */
export function checkTranslation(
  course: TCourse,
  english: TEnglishText,
  raw: TRawTranslation,
  locales: readonly string[],
): TTranslationCheck {
  const errors: TContentError[] = [];
  if (raw.manifest.data === undefined)
    return {
      locale: raw.locale,
      errors: [
        {
          file: raw.manifest.file,
          message:
            "is missing or is not valid YAML: a translation's translation.yaml says what it translates and who reviewed it",
        },
      ],
    };
  const parsed = ZTranslationManifest.safeParse(raw.manifest.data);
  if (!parsed.success) return { locale: raw.locale, errors: issues(raw.manifest.file, parsed.error) };
  const manifest = parsed.data;
  const mf = raw.manifest.file;
  if (manifest.locale !== raw.locale)
    errors.push({ file: mf, message: `locale "${manifest.locale}" must equal its folder's name "${raw.locale}"` });
  if (!locales.includes(manifest.locale))
    errors.push({
      file: mf,
      message: `locale "${manifest.locale}" is not one of the interface's languages (${locales.join(", ")}, lib/i18n/locales.ts)`,
    });
  const age = compareVersions(manifest.translates, course.version);
  if (age > 0)
    errors.push({
      file: mf,
      message: `translates version ${manifest.translates}, newer than the course's ${course.version} (content/course.yaml)`,
    });

  // A sign-off is for the words the readers read: a reviewed translation moved on to a newer English version (its
  // `translates` changed) without both readers reading the changes would otherwise be served at once.
  const versionDate = course.changelog.find((e) => e.version === manifest.translates)?.date;
  if (manifest.status === "reviewed" && manifest.review && versionDate)
    for (const [role, reader] of [
      ["fluentSpeaker", manifest.review.fluentSpeaker],
      ["safeguardingLead", manifest.review.safeguardingLead],
    ] as const)
      if (reader.date < versionDate)
        errors.push({
          file: mf,
          message: `review.${role} is dated ${reader.date}, before version ${manifest.translates} (${versionDate}) it says it translates: both readers read the changes and record new dates, or set status: draft`,
        });

  const problems: TContentError[] = [];
  const fail = (file: string, messages: string[], prefix = "") =>
    problems.push(...messages.map((message) => ({ file, message: prefix + message })));
  const passages = passagesOf(course);

  const courseFile = ZCourseTranslation.safeParse(raw.course.data);
  if (!courseFile.success) problems.push(...issues(raw.course.file, courseFile.error));
  else {
    const c = courseFile.data;
    const f = raw.course.file;
    if (c.id !== course.id) fail(f, [`id "${c.id}" must be the English course's id "${course.id}"`]);
    fail(f, sameCount("learning outcomes", course.learningOutcomes.length, c.learningOutcomes.length));
    fieldProblems(f, english.course, c, passages, fail);
  }

  const translatedModules: TModule[] = [];
  for (const m of course.modules) {
    const rawModule = raw.modules.find((r) => r.dir === m.id);
    if (!rawModule) {
      fail(`${raw.course.file.replace(/course\.yaml$/, "")}modules/${m.id}/`, [
        `module "${m.id}" is not translated: add module.yaml, quiz.yaml and lessons/`,
      ]);
      continue;
    }
    const translated = checkModule(m, english.modules[m.id], rawModule, course, manifest, fail, problems);
    if (translated) translatedModules.push(translated);
  }
  for (const r of raw.modules)
    if (!course.modules.some((m) => m.id === r.dir))
      fail(r.module.file, [`module "${r.dir}" is not in the English course: translate only what it has`]);

  if (age < 0) {
    const changedLessons = [
      ...new Set(
        course.changelog
          .filter((e) => compareVersions(e.version, manifest.translates) > 0)
          .flatMap((e) => e.changes.map((c) => c.lesson)),
      ),
    ];
    return {
      locale: raw.locale,
      errors,
      outOfDate: { translates: manifest.translates, current: course.version, changedLessons, differences: problems },
    };
  }
  errors.push(...problems);
  if (errors.length || !courseFile.success) return { locale: raw.locale, errors };
  const c = courseFile.data;
  const text = (t: string) => renderCitationsAsText(t, course.sources);
  return {
    locale: raw.locale,
    errors,
    translation: {
      locale: manifest.locale,
      status: manifest.status,
      translates: manifest.translates,
      review: manifest.review,
      course: {
        ...course,
        title: text(c.title),
        summary: text(c.summary),
        contentWarning: text(c.contentWarning),
        learningOutcomes: c.learningOutcomes.map(text),
        modules: translatedModules,
      },
    },
  };
}

/** One module's translation: module.yaml, each lesson and the quiz, checked; the translated module when all match. */
function checkModule(
  m: TModule,
  english: TTextFields | undefined,
  raw: TRawModule,
  course: TCourse,
  manifest: TTranslationManifest,
  fail: (file: string, messages: string[], prefix?: string) => void,
  problems: TContentError[],
): TModule | undefined {
  const before = problems.length;
  const passages = passagesOf(course);
  const parsed = ZModuleTranslation.safeParse(raw.module.data);
  if (!parsed.success) problems.push(...issues(raw.module.file, parsed.error));
  else {
    const t = parsed.data;
    if (t.id !== m.id) fail(raw.module.file, [`id "${t.id}" must equal its folder name "${m.id}"`]);
    fail(raw.module.file, sameCount("learning outcomes", m.learningOutcomes.length, t.learningOutcomes.length));
    if ((t.contentWarning === undefined) !== (m.contentWarning === undefined))
      fail(raw.module.file, [
        m.contentWarning === undefined
          ? "has a contentWarning the English module does not"
          : "has no contentWarning, but the English module does: translate it",
      ]);
    if (english) fieldProblems(raw.module.file, english, t, passages, fail);
  }

  const lessons: TLesson[] = [];
  const files = new Map(raw.lessons.map((l) => [l.file.replace(/^.*\/|\.md$/g, ""), l]));
  for (const lesson of m.lessons) {
    const file = files.get(lesson.id);
    files.delete(lesson.id);
    if (!file) {
      fail(raw.module.file, [`lesson "${lesson.id}" is not translated: add lessons/${lesson.id}.md`]);
      continue;
    }
    const { data, content } = matter(file.text);
    const fm = ZLessonFrontMatter.safeParse(data);
    if (!fm.success) {
      problems.push(...issues(file.file, fm.error));
      continue;
    }
    if (fm.data.id !== lesson.id)
      fail(file.file, [`id "${fm.data.id}" must be the English lesson's id "${lesson.id}"`]);
    fail(file.file, textProblems(lesson.markdown, content, passages));
    lessons.push({
      ...lesson,
      title: fm.data.title,
      markdown: content,
      html: "", // rendered below, once the lesson is known to match
      sourceIds: listCitedSourceIds(content),
    });
  }
  for (const [id, orphan] of files)
    fail(orphan.file, [`lesson "${id}" is not in the English module "${m.id}": translate only what it has`]);

  const quiz = checkQuizTranslation(m.quiz, raw.quiz, passages, fail, problems);
  if (problems.length > before || !parsed.success || !quiz) return undefined;
  const text = (t: string) => renderCitationsAsText(t, course.sources);
  return {
    ...m,
    title: text(parsed.data.title),
    summary: text(parsed.data.summary),
    contentWarning: parsed.data.contentWarning === undefined ? undefined : text(parsed.data.contentWarning),
    learningOutcomes: parsed.data.learningOutcomes.map(text),
    lessons: lessons.map((l) => ({ ...l, html: renderLessonMarkdown(l.markdown, course.sources) })),
    quiz: {
      ...m.quiz,
      questions: m.quiz.questions.map((q) => translateQuestion(q, quiz.get(q.id), manifest)),
    },
  };
}

function passagesOf(course: TCourse): TPassages {
  return (id) => {
    const s = course.sources[id];
    return !s ? [] : s.kind === "web" ? s.facts : s.excerpts;
  };
}

/** course.yaml and module.yaml words: each field against the English field, as a lesson against its English. */
function fieldProblems(
  file: string,
  english: TTextFields,
  translated: TTextFields,
  passages: TPassages,
  fail: (file: string, messages: string[], prefix?: string) => void,
) {
  const pairs: [string, string | undefined, string | undefined][] = [
    ["title", english.title, translated.title],
    ["summary", english.summary, translated.summary],
    ["contentWarning", english.contentWarning, translated.contentWarning],
    ...english.learningOutcomes.map(
      (o, i) => [`learningOutcomes.${i}`, o, translated.learningOutcomes[i]] as [string, string, string | undefined],
    ),
  ];
  for (const [field, en, tr] of pairs)
    if (en !== undefined && tr !== undefined) fail(file, textProblems(en, tr, passages), `${field}: `);
}

function translateQuestion(
  q: TModule["quiz"]["questions"][number],
  t: TTranslatedQuestion | undefined,
  manifest: TTranslationManifest,
) {
  if (!t) return q;
  return {
    ...q,
    prompt: t.prompt,
    explanation: t.explanation,
    options: q.options.map((o) => ({
      ...o,
      text: q.type === "truefalse" ? manifest.trueFalse[o.id as "true" | "false"] : (t.options.get(o.id) ?? o.text),
    })),
  };
}
