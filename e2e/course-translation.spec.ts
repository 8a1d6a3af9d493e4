import { expect, test } from "./fixtures";
import { readLesson } from "./lesson-helpers";

// A Welsh reader of a course with no reviewed Welsh translation (the repository ships none) gets the English lessons
// and quiz, marked as English so a screen reader pronounces them as English, with a note in Welsh saying so. The
// served-translation path is proved by lib/course/translation-serve.test.ts with fixture content.

const NOTICE = "Nid yw'r cwrs hwn ar gael yn Gymraeg eto.";

test("a Welsh reader gets the English lesson and quiz, marked as English, with a note in Welsh", async ({
  page,
  db,
  newPerson,
  signIn,
  course,
  checkA11y,
}, testInfo) => {
  const learner = await newPerson();
  await db.user.update({ where: { id: learner.id }, data: { language: "cy" } });
  await signIn(page, learner);
  const first = course.modules[0]!;
  const lesson = first.lessons[0]!;

  await readLesson(page, first.id, lesson.id);
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
  const notice = page.getByTestId("course-translation-notice");
  await expect(notice).toContainText(NOTICE);
  // The note is in the page's language (Welsh); the lesson under it is English and says so.
  await expect(notice).not.toHaveAttribute("lang");
  await expect(page.getByRole("heading", { level: 1, name: lesson.title })).toHaveAttribute("lang", "en-GB");
  const body = page.locator(".lesson-body");
  await expect(body).toHaveAttribute("lang", "en-GB");
  await expect(body).toContainText(/\w/);
  await checkA11y(page);
  await testInfo.attach("welsh-reader-english-lesson", {
    body: await page.screenshot({ fullPage: true }),
    contentType: "image/png",
  });

  for (const other of first.lessons.slice(1)) await readLesson(page, first.id, other.id);
  await page.goto(`/course/${first.id}/quiz`);
  await expect(page.getByTestId("course-translation-notice")).toContainText(NOTICE);
  const form = page.locator("form:has([data-question-id])");
  // The questions are the English bank's words, marked as English; the form's own words (the submit button) are the
  // page's Welsh, not marked as English.
  const firstQuestion = form.locator("[data-question-id]").first();
  const id = await firstQuestion.getAttribute("data-question-id");
  const english = first.quiz.questions.find((q) => q.id === id)!;
  await expect(firstQuestion.locator("legend span[lang='en-GB']")).toHaveText(english.prompt);
  await expect(firstQuestion.locator("label").first()).toHaveAttribute("lang", "en-GB");
  await expect(form.locator("xpath=ancestor-or-self::*[@lang][1]")).toHaveAttribute("lang", "cy");
  await checkA11y(page);
  await testInfo.attach("welsh-reader-english-quiz", {
    body: await page.screenshot({ fullPage: true }),
    contentType: "image/png",
  });
});

test("an English reader gets the English lesson with no note", async ({ page, newPerson, signIn, course }) => {
  const learner = await newPerson();
  await signIn(page, learner);
  const first = course.modules[0]!;
  await readLesson(page, first.id, first.lessons[0]!.id);
  await expect(page.locator(".lesson-body")).toHaveAttribute("lang", "en-GB");
  await expect(page.getByTestId("course-translation-notice")).toHaveCount(0);
});
