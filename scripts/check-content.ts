// Validates content/ (schema, ids, answers, sources, cited numbers, the changelog). Runs in npm test and before next build.
import { loadCourse } from "../lib/course/load";

const { course, errors, seedsChecked } = loadCourse();
if (errors.length || !course) {
  console.error(`Course content is invalid (${errors.length} problem${errors.length === 1 ? "" : "s"}):`);
  for (const e of errors) console.error(`  ${e.file}: ${e.message}`);
  process.exit(1);
}
const questions = course.modules.reduce((n, m) => n + m.quiz.questions.length, 0);
const lessons = course.modules.reduce((n, m) => n + m.lessons.length, 0);
console.log(
  `Content OK: "${course.title}" v${course.version}, ${course.modules.length} modules, ${lessons} lessons, ${questions} questions, ${course.changelog.length} changelog entries.` +
    (seedsChecked ? " Cited numbers checked against the seed articles." : " Seed articles not found: cited numbers NOT checked."),
);
