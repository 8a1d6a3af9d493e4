import { ownClientAddress } from "./email-links";
import { expect, test } from "./fixtures";
import { signInOverHttp } from "./http-client";
import { answerQuiz, questionGroup, quizPicks } from "./quiz-helpers";

// Forms sent before a page's scripts have loaded (a slow phone connection) or with scripts off.
test.use({ javaScriptEnabled: false });
// axe runs as a script in the page, which cannot run here: the same pages are scanned with scripts on elsewhere.
test.use({ scanReachedPages: false });

test("a sign-in form sent before its script has loaded never puts the password in the address", async ({
  page,
  newPerson,
}) => {
  const learner = await newPerson();
  await page.goto("/login");
  await page.getByLabel("Email").fill(learner.email);
  await page.getByLabel("Password").fill(learner.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForLoadState();
  expect(page.url()).not.toContain("password");
  expect(page.url()).not.toContain(encodeURIComponent(learner.password));
  // The page explains itself to browsers with scripts off (Playwright's switch cannot show <noscript>, so read the markup).
  expect(await page.content()).toContain("Signing in needs JavaScript.");
});

test("the forgotten-password form works without scripts and answers with its message", async ({
  page,
  newPerson,
  db,
}) => {
  const learner = await newPerson();
  await page.setExtraHTTPHeaders(ownClientAddress());
  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill(learner.email);
  await page.getByRole("button", { name: "Send me a reset link" }).click();
  await expect(page.getByTestId("forgot-message")).toContainText(
    "If that address has an account, we have sent it a link",
  );
  // The reset is queued after the answer, so the answer takes the same time for unknown addresses.
  await expect.poll(() => db.passwordReset.count({ where: { userId: learner.id } })).toBe(1);
});

test("a learner can answer a quiz without scripts and sees the result", async ({
  browser,
  baseURL,
  newPerson,
  openLessons,
  course,
  db,
}) => {
  const learner = await newPerson();
  await openLessons(learner.id, [course.modules[0]!.id]);
  const api = await signInOverHttp(baseURL!, learner.email, learner.password);
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await api.storageState() });
  const page = await context.newPage();
  const first = course.modules[0]!;
  await page.goto(`/course/${first.id}/quiz`);
  await answerQuiz(page, first, "right");
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(page.getByTestId("quiz-result").getByRole("heading", { name: "You passed this module" })).toBeVisible();
  expect(await db.quizAttempt.count({ where: { userId: learner.id, moduleId: first.id, passed: true } })).toBe(1);
  await context.close();
  await api.dispose();
});

test("a quiz sent without scripts and with one answer blank comes back with the other answers still chosen", async ({
  browser,
  baseURL,
  newPerson,
  openLessons,
  course,
  db,
}) => {
  const learner = await newPerson();
  await openLessons(learner.id, [course.modules[0]!.id]);
  const api = await signInOverHttp(baseURL!, learner.email, learner.password);
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await api.storageState() });
  const page = await context.newPage();
  const first = course.modules[0]!;
  await page.goto(`/course/${first.id}/quiz`);
  const asked = await answerQuiz(page, first, "right", { leaveBlank: [0] });
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(page.getByTestId("quiz-message")).toContainText("Please answer every question before submitting.");
  for (const [i, id] of asked.entries()) {
    if (i === 0) continue;
    for (const option of quizPicks(first, id, "right"))
      await expect(questionGroup(page, i, asked.length).getByLabel(option.text, { exact: true })).toBeChecked();
  }
  for (const option of quizPicks(first, asked[0]!, "right"))
    await questionGroup(page, 0, asked.length).getByLabel(option.text, { exact: true }).check();
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(page.getByTestId("quiz-result").getByRole("heading", { name: "You passed this module" })).toBeVisible();
  expect(await db.quizAttempt.count({ where: { userId: learner.id, moduleId: first.id, passed: true } })).toBe(1);
  await context.close();
  await api.dispose();
});

test("a learner without scripts reads every lesson of a module by pressing Next and reaches its quiz; opening a lesson alone records nothing", async ({
  browser,
  baseURL,
  newPerson,
  course,
  db,
}) => {
  const learner = await newPerson();
  const api = await signInOverHttp(baseURL!, learner.email, learner.password);
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await api.storageState() });
  const page = await context.newPage();
  const first = course.modules[0]!;
  // The closed quiz tells a learner with scripts off what counts (Playwright cannot show <noscript>: read the markup).
  await page.goto(`/course/${first.id}/quiz`);
  await expect(page.getByTestId("quiz-closed")).toBeVisible();
  expect(await page.content()).toContain("a lesson counts as read when you go on from it with its Next button");
  await page.goto(`/course/${first.id}/lessons/${first.lessons[0]!.id}`);
  await expect(page.getByRole("heading", { level: 1, name: first.lessons[0]!.title })).toBeVisible();
  expect(await db.lessonView.count({ where: { userId: learner.id } })).toBe(0);
  for (const [i, lesson] of first.lessons.entries()) {
    await expect(page.getByRole("heading", { level: 1, name: lesson.title })).toBeVisible();
    const next = first.lessons[i + 1];
    // Both ways on work: the Next under the title and the one after the lesson, taken in turn.
    const button =
      i % 2 === 0
        ? page
            .getByRole("navigation", { name: "Lesson steps" })
            .getByRole("button", { name: next ? `Next lesson: ${next.title}` : "Next: the module quiz" })
        : page.getByRole("button", { name: next ? `Next: ${next.title} →` : "Take the module quiz →" });
    await button.click();
  }
  await expect(page.getByRole("heading", { level: 1, name: `Quiz: ${first.title}` })).toBeVisible();
  await expect(page.getByRole("button", { name: "Submit answers" })).toBeVisible();
  const views = await db.lessonView.findMany({ where: { userId: learner.id }, select: { lessonId: true } });
  expect(views.map((v) => v.lessonId).sort()).toEqual(first.lessons.map((l) => l.id).sort());
  await context.close();
  await api.dispose();
});
