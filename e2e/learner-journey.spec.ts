import { expect, test } from "./fixtures";
import { lessonViewRecorded, readLesson } from "./lesson-helpers";
import { answerQuiz, rightAnswersByQuestion } from "./quiz-helpers";

test("a learner reads the lessons, fails the quiz, passes on retake, sees the module passed and signs out", async ({
  page,
  newPerson,
  signIn,
  checkA11y,
  course,
  db,
}) => {
  // The longest walk in the suite (every lesson of a module, two attempts, two reviews): about 50 s on PostgreSQL.
  test.setTimeout(120_000);
  const learner = await newPerson();
  const first = course.modules[0]!;
  await signIn(page, learner);

  // The overview: every module in order, none started, and one short content warning before the course.
  await expect(page.getByRole("heading", { level: 1, name: course.title })).toBeVisible();
  const items = page.getByRole("list").filter({ hasText: first.title }).getByRole("listitem");
  await expect(items).toHaveCount(course.modules.length);
  await expect(items.first()).toContainText("Not started");
  await expect(page.getByRole("region", { name: "Before you start" })).toContainText(course.contentWarning);
  await expect(page.getByRole("complementary", { name: "Get help" })).toContainText("0800 1111");
  await checkA11y(page);
  await page.getByRole("link", { name: "Start the course" }).click();

  // The module's introduction, with a one-line reminder where its subject is harder, and no second warning.
  await expect(page).toHaveURL(new RegExp(`/course/${first.id}$`));
  await expect(page.getByRole("heading", { level: 1, name: first.title })).toBeVisible();
  if (first.contentWarning) await expect(page.getByTestId("content-reminder")).toContainText(first.contentWarning);
  else await expect(page.getByTestId("content-reminder")).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Before you start" })).toHaveCount(0);
  await checkA11y(page);
  await page.getByRole("link", { name: /start the module/i }).click();

  // Every lesson, with footnotes to its sources beside the facts.
  for (const [i, lesson] of first.lessons.entries()) {
    await expect(page.getByRole("heading", { level: 1, name: lesson.title })).toBeVisible();
    if (lesson.sourceIds.length) {
      await expect(page.getByRole("link", { name: "Source 1", exact: true }).first()).toBeVisible();
      await expect(page.getByRole("heading", { name: "Sources", exact: true })).toBeVisible();
    }
    if (i === 0) await checkA11y(page);
    const next = first.lessons[i + 1];
    // Next is a button: going on records the lesson as read (it posts, so it also works with scripts off).
    await page.getByRole("button", { name: next ? `Next: ${next.title} →` : "Take the module quiz →" }).click();
  }

  // A failed attempt shows the score, what was wrong and the lesson to re-read, but keeps the right
  // answers and explanations back until the module is passed, so the retake tests understanding.
  await expect(page.getByRole("heading", { level: 1, name: `Quiz: ${first.title}` })).toBeVisible();
  await checkA11y(page);
  const failedAsked = await answerQuiz(page, first, "wrong");
  expect(failedAsked).toHaveLength(first.quiz.draw);
  await page.getByRole("button", { name: "Submit answers" }).click();
  const result = page.getByTestId("quiz-result");
  await expect(result.getByRole("heading", { name: "Not passed this time" })).toBeVisible();
  await expect(result).toContainText("You scored 0%");
  await expect(result).toContainText("the right answers are shown once you pass");
  const failedAttemptUrl = page.url();
  // The review explains exactly the questions this attempt asked.
  await expect(page.getByText("✗ Wrong")).toHaveCount(failedAsked.length);
  const missed = first.quiz.questions.find((q) => q.id === failedAsked[0])!;
  const notAsked = first.quiz.questions.find((q) => !failedAsked.includes(q.id))!;
  await expect(page.getByText(notAsked.prompt)).toHaveCount(0);
  await expect(page.getByText(missed.explanation)).toHaveCount(0);
  await expect(page.getByText("Correct answer:")).toHaveCount(0);
  const firstQuestion = page.getByRole("listitem").filter({ hasText: missed.prompt });
  const taughtIn = [...course.modules.flatMap((m) => m.lessons)].find((l) => l.id === missed.lessonId)!;
  await expect(firstQuestion.getByRole("link", { name: taughtIn.title })).toHaveAttribute(
    "href",
    `/course/${taughtIn.moduleId}/lessons/${taughtIn.id}`,
  );
  await checkA11y(page);

  // The retake asks a fresh draw, led by the questions not yet seen, and passes.
  await page.getByRole("link", { name: "Retake the quiz" }).click();
  const retakeAsked = await answerQuiz(page, first, "right");
  // Only an outcome whose every question was already asked may bring one back.
  const repeated = retakeAsked.filter((id) => failedAsked.includes(id));
  expect(retakeAsked).toHaveLength(first.quiz.draw);
  expect(repeated.length).toBeLessThanOrEqual(first.learningOutcomes.length);
  expect(repeated.length).toBeLessThan(retakeAsked.length);
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(result.getByRole("heading", { name: "You passed this module" })).toBeVisible();
  await expect(result).toContainText("You scored 100%");

  // Once passed, the failed attempt's review shows the right answers and why.
  await page.goto(failedAttemptUrl);
  await expect(page.getByText(missed.explanation)).toBeVisible();
  await expect(page.getByText("Correct answer:").first()).toBeVisible();
  await page.goBack();

  // Both attempts are stored with their answers.
  const attempts = await db.quizAttempt.findMany({
    where: { userId: learner.id, moduleId: first.id },
    orderBy: { submittedAt: "asc" },
  });
  expect(attempts.map((a) => [a.scorePercent, a.passed])).toEqual([
    [0, false],
    [100, true],
  ]);
  expect(attempts.map((a) => Object.keys(a.answers as object).sort())).toEqual([
    [...failedAsked].sort(),
    [...retakeAsked].sort(),
  ]);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Course" }).click();
  await expect(items.first()).toContainText("Passed");
  await expect(page.getByText(`1 of ${course.modules.length} modules passed`)).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByTestId("signed-out")).toBeVisible();
  await page.goto("/course");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fcourse/);
});

test("submitting a quiz twice by double-click records one attempt", async ({
  page,
  newPerson,
  openLessons,
  signIn,
  course,
  db,
}) => {
  const learner = await newPerson();
  const first = course.modules[0]!;
  await openLessons(learner.id, [first.id]);
  await signIn(page, learner);
  await page.goto(`/course/${first.id}/quiz`);
  await answerQuiz(page, first, "right");
  await page.getByRole("button", { name: "Submit answers" }).dblclick();
  await expect(page.getByRole("heading", { name: "You passed this module" })).toBeVisible();
  expect(await db.quizAttempt.count({ where: { userId: learner.id } })).toBe(1);
});

test("progress follows the learner to another device, and Continue goes to the next unfinished step", async ({
  browser,
  newPerson,
  signIn,
  course,
}) => {
  const learner = await newPerson();
  const first = course.modules[0]!;
  const [lessonA, lessonB] = first.lessons;
  const phone = await (await browser.newContext()).newPage();
  await signIn(phone, learner);
  await readLesson(phone, first.id, lessonA!.id);
  await expect(phone.getByRole("heading", { level: 1, name: lessonA!.title })).toBeVisible();
  await phone.close();

  const desktop = await (await browser.newContext()).newPage();
  await signIn(desktop, learner);
  await expect(desktop.getByRole("list").filter({ hasText: first.title }).getByRole("listitem").first()).toContainText(
    "In progress",
  );
  // Continue says where it goes and about how long is left.
  const resume = desktop.getByTestId("continue");
  await expect(resume).toHaveText(`Continue: Module 1, ${first.title}: lesson 2 of ${first.lessons.length}`);
  await expect(desktop.getByTestId("minutes-left")).toContainText(/About \d+ minutes left in the course/);
  // The bar counts lessons and quizzes, and the words under it say both.
  const lessonTotal = course.modules.reduce((n, m) => n + m.lessons.length, 0);
  await expect(desktop.getByTestId("progress-summary")).toHaveText(
    `0 of ${course.modules.length} modules passed · 1 of ${lessonTotal} lessons read.`,
  );
  const recorded = lessonViewRecorded(desktop);
  await resume.click();
  await expect(desktop.getByRole("heading", { level: 1, name: lessonB!.title })).toBeVisible();
  expect((await recorded).status()).toBe(204);
  // The module's contents mark the lessons read (this one only now that it is open), in words as well as a tick.
  await desktop.goto(`/course/${first.id}`);
  const contents = desktop.getByTestId("module-lesson");
  await expect(contents.nth(0)).toHaveAttribute("data-read", "true");
  await expect(contents.nth(0)).toContainText("Read");
  await expect(contents.nth(1)).toHaveAttribute("data-read", "true");
  if (first.lessons.length > 2) await expect(contents.nth(2)).toHaveAttribute("data-read", "false");
  await desktop.goBack();
  await expect(desktop.getByRole("heading", { level: 1, name: lessonB!.title })).toBeVisible();
  await desktop.close();
});

test("the quiz page never sends the correct answers to the browser", async ({
  page,
  newPerson,
  openLessons,
  signIn,
  course,
}) => {
  const learner = await newPerson();
  await openLessons(learner.id);
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

test("a module's quiz opens only once every lesson of the module has been opened, on the page and over the API", async ({
  page,
  newPerson,
  signIn,
  course,
  checkA11y,
}) => {
  const learner = await newPerson();
  const first = course.modules[0]!;
  await signIn(page, learner);

  await page.goto(`/course/${first.id}/quiz`);
  const closed = page.getByTestId("quiz-closed");
  await expect(closed).toContainText("The quiz opens once you have read every lesson in this module.");
  await expect(page.getByRole("button", { name: "Submit answers" })).toHaveCount(0);
  for (const lesson of first.lessons)
    await expect(closed.getByRole("link", { name: lesson.title })).toHaveAttribute(
      "href",
      `/course/${first.id}/lessons/${lesson.id}`,
    );
  await checkA11y(page);
  const refused = await page.request.get(`/api/modules/${first.id}/quiz`);
  expect(refused.status()).toBe(409);
  const body = (await refused.json()) as { token?: string; unopenedLessons: { id: string }[] };
  expect(body.token).toBeUndefined();
  expect(body.unopenedLessons.map((l) => l.id)).toEqual(first.lessons.map((l) => l.id));

  // Opening all but the last lesson still leaves the quiz closed, naming only that one.
  for (const lesson of first.lessons.slice(0, -1)) await readLesson(page, first.id, lesson.id);
  await page.goto(`/course/${first.id}/quiz`);
  await expect(closed.getByRole("listitem")).toHaveCount(1);
  const last = first.lessons[first.lessons.length - 1]!;
  await closed.getByRole("link", { name: last.title }).click();
  await expect(page.getByRole("heading", { level: 1, name: last.title })).toBeVisible();
  await page.getByRole("button", { name: "Take the module quiz →" }).click();
  await expect(page.getByRole("button", { name: "Submit answers" })).toBeVisible();
  expect((await page.request.get(`/api/modules/${first.id}/quiz`)).status()).toBe(200);
});

test("an administrator sets a wait between quiz attempts for an organisation, and its learners wait after failing", async ({
  browser,
  newPerson,
  newOrganisation,
  openLessons,
  signIn,
  course,
  db,
  checkA11y,
}) => {
  const org = await newOrganisation();
  const learner = await newPerson("LEARNER", org.id);
  const first = course.modules[0]!;
  await openLessons(learner.id, [first.id]);

  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, await newPerson("ADMIN"));
  await admin.goto(`/admin/organisations/${org.id}`);
  const wait = admin.getByLabel("Minutes to wait after a failed attempt (0 for none)");
  await expect(wait).toHaveValue("0");
  await wait.fill("-5");
  await wait.evaluate((input: HTMLInputElement) => input.removeAttribute("min"));
  await admin.getByRole("button", { name: "Save the wait" }).click();
  await expect(admin.getByText("The wait cannot be negative.")).toBeVisible();
  await wait.fill("30");
  await admin.getByRole("button", { name: "Save the wait" }).click();
  await expect(
    admin.getByText("Learners now wait 30 minutes after a failed attempt before retaking a quiz."),
  ).toBeVisible();
  await checkA11y(admin);
  expect((await db.organisation.findUniqueOrThrow({ where: { id: org.id } })).quizRetakeWaitMinutes).toBe(30);
  expect(
    await db.auditEvent.count({ where: { organisationId: org.id, action: "organisation.quiz-retake-wait" } }),
  ).toBe(1);

  const page = await (await browser.newContext()).newPage();
  await signIn(page, learner);
  // A second quiz form, opened before the failed attempt (another tab), must not skip the wait either.
  const earlier = (await (await page.request.get(`/api/modules/${first.id}/quiz`)).json()) as {
    token: string;
    questions: { id: string }[];
  };
  await page.goto(`/course/${first.id}/quiz`);
  await answerQuiz(page, first, "wrong");
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(page.getByTestId("quiz-result").getByRole("heading", { name: "Not passed this time" })).toBeVisible();

  // The result says when the next attempt opens instead of offering one, and the quiz page agrees.
  await expect(page.getByTestId("retake-wait")).toContainText(
    "Your organisation asks you to wait before trying this quiz again: you can retake it from",
  );
  await expect(page.getByRole("link", { name: "Retake the quiz" })).toHaveCount(0);
  await page.goto(`/course/${first.id}/quiz`);
  await expect(page.getByTestId("quiz-closed")).toContainText(
    "Your organisation asks you to wait before trying this quiz again: you can retake it from",
  );
  await expect(page.getByRole("button", { name: "Submit answers" })).toHaveCount(0);
  const right = rightAnswersByQuestion([first]);
  const answers = Object.fromEntries(earlier.questions.map(({ id }) => [id, right.get(id)!]));
  const late = await page.request.post(`/api/modules/${first.id}/attempts`, {
    data: { token: earlier.token, answers },
  });
  expect(late.status()).toBe(422);
  expect(((await late.json()) as { error: string }).error).toContain("you can retake it from");
  expect(await db.quizAttempt.count({ where: { userId: learner.id } })).toBe(1);

  // When the wait is over, the quiz opens again.
  await db.quizAttempt.updateMany({
    where: { userId: learner.id },
    data: { submittedAt: new Date(Date.now() - 32 * 60_000) },
  });
  await page.reload();
  await expect(page.getByRole("button", { name: "Submit answers" })).toBeVisible();
});
