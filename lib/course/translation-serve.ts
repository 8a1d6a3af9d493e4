import type { TPublicQuestion } from "../quiz/public-quiz";
import type { TCourseTranslation } from "./translation";
import type { TCourse } from "./types";

/** The language course content is written in when no translation is served: UK English. */
export const COURSE_LANGUAGE = "en-GB";

/**
 * What a reader is given: the course's words in their language, or the English with a note that it is English.
 * `lang` marks the content (so a screen reader pronounces it in its own language); `untranslated` is true when the
 * reader asked for another language and gets the English.
 */
export type TServedCourse = { course: TCourse; lang: string; untranslated: boolean };

/**
 * A translation is served only when it is `reviewed` (a fluent speaker and a designated safeguarding lead have read
 * it) and translates the course version being taught: safeguarding advice must never reach a learner in words
 * nobody checked, nor in words that say what an older version said. Otherwise the reader gets the English course.
 */
export function chooseCourseContent(
  course: TCourse,
  translations: readonly TCourseTranslation[],
  locale: string,
): TServedCourse {
  if (locale === COURSE_LANGUAGE) return { course, lang: COURSE_LANGUAGE, untranslated: false };
  const t = translations.find((x) => x.locale === locale);
  if (t && t.status === "reviewed" && t.translates === course.version && t.course.id === course.id)
    return { course: t.course, lang: t.locale, untranslated: false };
  return { course, lang: COURSE_LANGUAGE, untranslated: true };
}

/**
 * A quiz form's questions in the served words. The form itself (its token, the questions drawn, their order and the
 * options' shuffle) is made from the English course, which answers are scored against; a translation has the same
 * question and option ids (content:check), so only the words change.
 */
export function servedQuestions(
  questions: readonly TPublicQuestion[],
  served: TServedCourse,
  moduleId: string,
): TPublicQuestion[] {
  if (served.lang === COURSE_LANGUAGE) return [...questions];
  const bank = served.course.modules.find((m) => m.id === moduleId)?.quiz.questions ?? [];
  return questions.map((q) => {
    const t = bank.find((x) => x.id === q.id);
    if (!t) return q;
    return {
      ...q,
      prompt: t.prompt,
      options: q.options.map((o) => ({ ...o, text: t.options.find((x) => x.id === o.id)?.text ?? o.text })),
    };
  });
}
