import { expect, test } from "./fixtures";
import { answerQuiz } from "./quiz-helpers";

test("a learner reads the lessons, fails the quiz, passes on retake, sees the module passed and signs out", async ({ page, newPerson, signIn, checkA11y, course, db }) => {
  const learner = await newPerson();
  const first = course.modules[0]!;
  await signIn(page, learner);

  // The overview: every module in order, none started, and a content warning before the course.
  await expect(page.getByRole("heading", { level: 1, name: course.title })).toBeVisible();
  const items = page.getByRole("list").filter({ hasText: first.title }).getByRole("listitem");
  await expect(items).toHaveCount(course.modules.length);
  await expect(items.first()).toContainText("Not started");
  await expect(page.getByRole("heading", { name: "Content warning" })).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Get help" })).toContainText("0800 1111");
  await checkA11y(page);
  await page.getByRole("link", { name: "I understand: start the course" }).click();

  // The module's introduction, with its own warning and a way to pause.
  await expect(page).toHaveURL(new RegExp(`/course/${first.id}$`));
  await expect(page.getByRole("heading", { level: 1, name: first.title })).toBeVisible();
  if (first.contentWarning) {
    await expect(page.getByText(first.contentWarning)).toBeVisible();
    await expect(page.getByRole("link", { name: /pause and come back later/ })).toBeVisible();
  }
  await checkA11y(page);
  await page.getByRole("link", { name: /start the module/i }).click();

  // Every lesson, with its sources beside the facts.
  for (const [i, lesson] of first.lessons.entries()) {
    await expect(page.getByRole("heading", { level: 1, name: lesson.title })).toBeVisible();
    if (lesson.sourceIds.length) {
      await expect(page.locator("a.citation").first()).toBeVisible();
      await expect(page.getByRole("heading", { name: "Sources for this lesson" })).toBeVisible();
    }
    if (i === 0) await checkA11y(page);
    const next = first.lessons[i + 1];
    await page.getByRole("link", { name: next ? `Next: ${next.title} →` : "Take the module quiz →" }).click();
  }

  // A failed attempt shows the score, what was wrong and why.
  await expect(page.getByRole("heading", { level: 1, name: `Quiz: ${first.title}` })).toBeVisible();
  await checkA11y(page);
  await answerQuiz(page, first, "wrong");
  await page.getByRole("button", { name: "Submit answers" }).click();
  const result = page.getByTestId("quiz-result");
  await expect(result.getByRole("heading", { name: "Not passed this time" })).toBeVisible();
  await expect(result).toContainText("You scored 0%");
  await expect(page.getByText("✗ Wrong")).toHaveCount(first.quiz.questions.length);
  await expect(page.getByText(first.quiz.questions[0]!.explanation)).toBeVisible();
  await checkA11y(page);

  // The retake passes.
  await page.getByRole("link", { name: "Retake the quiz" }).click();
  await answerQuiz(page, first, "right");
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(result.getByRole("heading", { name: "You passed this module" })).toBeVisible();
  await expect(result).toContainText("You scored 100%");

  // Both attempts are stored with their answers.
  const attempts = await db.quizAttempt.findMany({ where: { userId: learner.id, moduleId: first.id }, orderBy: { submittedAt: "asc" } });
  expect(attempts.map((a) => [a.scorePercent, a.passed])).toEqual([[0, false], [100, true]]);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Course" }).click();
  await expect(items.first()).toContainText("Passed");
  await expect(page.getByText(`1 of ${course.modules.length} modules passed`)).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByTestId("signed-out")).toBeVisible();
  await page.goto("/course");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fcourse/);
});

test("submitting a quiz twice by double-click records one attempt", async ({ page, newPerson, signIn, course, db }) => {
  const learner = await newPerson();
  const first = course.modules[0]!;
  await signIn(page, learner);
  await page.goto(`/course/${first.id}/quiz`);
  await answerQuiz(page, first, "right");
  await page.getByRole("button", { name: "Submit answers" }).dblclick();
  await expect(page.getByRole("heading", { name: "You passed this module" })).toBeVisible();
  expect(await db.quizAttempt.count({ where: { userId: learner.id } })).toBe(1);
});

test("progress follows the learner to another device, and Continue goes to the next unfinished step", async ({ browser, newPerson, signIn, course }) => {
  const learner = await newPerson();
  const first = course.modules[0]!;
  const [lessonA, lessonB] = first.lessons;
  const phone = await (await browser.newContext()).newPage();
  await signIn(phone, learner);
  await phone.goto(`/course/${first.id}/lessons/${lessonA!.id}`);
  await expect(phone.getByRole("heading", { level: 1, name: lessonA!.title })).toBeVisible();
  await phone.close();

  const desktop = await (await browser.newContext()).newPage();
  await signIn(desktop, learner);
  await expect(desktop.getByRole("list").filter({ hasText: first.title }).getByRole("listitem").first()).toContainText("In progress");
  await desktop.getByRole("link", { name: "Continue", exact: true }).click();
  await expect(desktop.getByRole("heading", { level: 1, name: lessonB!.title })).toBeVisible();
  await desktop.close();
});

test("the quiz page never sends the correct answers to the browser", async ({ page, newPerson, signIn, course }) => {
  const learner = await newPerson();
  await signIn(page, learner);
  for (const courseModule of course.modules) {
    const response = await page.request.get(`/course/${courseModule.id}/quiz`);
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html).toContain("Submit answers");
    expect(html).not.toMatch(/"correct"\s*:|\\"correct\\"\s*:|"answer"\s*:\s*(true|false)/);
    expect(html).not.toContain(courseModule.quiz.questions[0]!.explanation.slice(0, 40));
  }
});
