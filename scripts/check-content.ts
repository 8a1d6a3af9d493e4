// Validates content/ (schema, ids, answers, sources, cited numbers with their years and places, the changelog, the question-bank rules). Runs in npm test and before next build.
import { banksOf, courseBankProblems } from "../lib/course/bank-rules";
import { DEFAULT_COURSE_ID } from "../lib/course/default-course";
import { loadCourse } from "../lib/course/load";
import { loadTranslations } from "../lib/course/translation-load";

const loaded = loadCourse();
const { course, seedsChecked, reviewDue } = loaded;
// The question-bank rules (lengths, true/false balance, near-duplicates...) judge the whole course at once.
const errors = [...loaded.errors, ...(course ? courseBankProblems(banksOf(course)) : [])];
// Translations (content/translations/<locale>/) are checked against the English course: same ids, answers, citations,
// figures and charts. One of an older course version is reported, not failed: it is not served until brought up to date.
const translations = course ? loadTranslations(course) : [];
errors.push(...translations.flatMap((t) => t.errors));
// The server opens this course when a request names none (lib/course/default-course.ts).
if (course && course.id !== DEFAULT_COURSE_ID)
  errors.push({
    file: "content/course.yaml",
    message: `id is "${course.id}", but the server's default course is "${DEFAULT_COURSE_ID}" (lib/course/default-course.ts): change one to match.`,
  });
if (errors.length || !course) {
  console.error(`Course content is invalid (${errors.length} problem${errors.length === 1 ? "" : "s"}):`);
  for (const e of errors) console.error(`  ${e.file}: ${e.message}`);
  process.exit(1);
}
const questions = course.modules.reduce((n, m) => n + m.quiz.questions.length, 0);
const lessons = course.modules.reduce((n, m) => n + m.lessons.length, 0);
console.log(
  `Content OK: "${course.title}" v${course.version}, ${course.modules.length} modules, ${lessons} lessons, ${questions} questions, ${course.changelog.length} changelog entries.` +
    " Cited numbers checked against the sources' excerpts and facts in content/sources.yaml" +
    (seedsChecked
      ? ", and every excerpt found verbatim in its seed article."
      : " (seed articles not found: excerpts not compared with the full articles)."),
);
if (reviewDue.length) {
  console.log(
    `\nStatistics due for review (source older than ${course.reviewAfterMonths} months, or undated): a report, not a failure.`,
  );
  for (const r of reviewDue)
    console.log(`  ${r.sourceId} (${r.label}; ${r.date ?? "undated"}): cited in ${r.citedIn.join(", ")}`);
}
console.log(
  translations.length
    ? `\nTranslations: ${translations
        .map((t) =>
          t.outOfDate
            ? `${t.locale} translates ${t.outOfDate.translates}, not ${t.outOfDate.current}: out of date, not served`
            : `${t.locale} ${t.translation?.status ?? "?"} (translates ${t.translation?.translates ?? "?"}), ${t.translation?.status === "reviewed" ? "served" : "not served until reviewed"}`,
        )
        .join("; ")}.`
    : "\nTranslations: none (content/translations/ holds none): a reader who chose another language gets this English course, marked as English.",
);
for (const t of translations.filter((x) => x.outOfDate)) {
  const o = t.outOfDate!;
  console.log(
    `  ${t.locale}: out of date. Lessons changed since ${o.translates}: ${o.changedLessons.join(", ") || "none named"} (content/changelog.yaml).`,
  );
  for (const d of o.differences) console.log(`    ${d.file}: ${d.message}`);
}
