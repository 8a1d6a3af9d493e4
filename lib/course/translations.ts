import "server-only";
import { currentLocale } from "../i18n/current-locale";
import type { TCourseTranslation } from "./translation";
import { loadTranslations } from "./translation-load";
import { chooseCourseContent, type TServedCourse } from "./translation-serve";
import type { TCourse } from "./types";

const cached = new Map<string, TCourseTranslation[]>();

/** The course's translations that passed every check (content ships with the build: read once per process). */
function translationsOf(course: TCourse): TCourseTranslation[] {
  let found = cached.get(course.id);
  if (!found) {
    found = loadTranslations(course).flatMap((t) => (t.translation && !t.errors.length ? [t.translation] : []));
    cached.set(course.id, found);
  }
  return found;
}

/** The course as this request's reader is given it: in their language when a reviewed, current translation exists. */
export async function getServedCourse(course: TCourse): Promise<TServedCourse> {
  return chooseCourseContent(course, translationsOf(course), await currentLocale());
}
