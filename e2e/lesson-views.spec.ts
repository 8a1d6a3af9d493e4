import { request as playwrightRequest } from "@playwright/test";
import { expect, test } from "./fixtures";
import { lessonViewRecorded, readLesson } from "./lesson-helpers";

/** Text as React writes it into the page's HTML. */
const asHtml = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#x27;");

test("loading a lesson page records nothing; a lesson counts as read once the browser has shown it, and the quiz opens after the last", async ({
  page,
  newPerson,
  signIn,
  course,
  db,
}) => {
  const learner = await newPerson();
  const first = course.modules[0]!;
  await signIn(page, learner);
  const quizApi = () => page.request.get(`/api/modules/${first.id}/quiz`);
  const lastActivity = async () =>
    (await db.enrolment.findFirstOrThrow({ where: { userId: learner.id }, select: { lastActivityAt: true } }))
      .lastActivityAt;

  // The page fetched without running it (a prefetch, a crawler, a cache filling), with the learner's own cookies.
  for (const lesson of first.lessons) {
    const response = await page.request.get(`/course/${first.id}/lessons/${lesson.id}`);
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain(asHtml(lesson.title));
  }
  expect(await db.lessonView.count({ where: { userId: learner.id } })).toBe(0);
  expect(await lastActivity()).toBeNull();
  expect((await quizApi()).status()).toBe(409);

  // Shown in the browser: each lesson is recorded once, and the quiz stays closed until the last one.
  const last = first.lessons[first.lessons.length - 1]!;
  for (const lesson of first.lessons.slice(0, -1)) await readLesson(page, first.id, lesson.id);
  const closed = await quizApi();
  expect(closed.status()).toBe(409);
  expect(((await closed.json()) as { unopenedLessons: { id: string }[] }).unopenedLessons.map((l) => l.id)).toEqual([
    last.id,
  ]);
  await readLesson(page, first.id, last.id);
  expect((await quizApi()).status()).toBe(200);
  const views = await db.lessonView.findMany({
    where: { userId: learner.id },
    select: { lessonId: true, moduleId: true, viewCount: true },
  });
  expect(views.map((v) => v.lessonId).sort()).toEqual(first.lessons.map((l) => l.id).sort());
  expect(views.every((v) => v.moduleId === first.id && v.viewCount === 1)).toBe(true);
  // Reading is activity: the trainer's dashboard shows when the learner was last active.
  expect(await lastActivity()).not.toBeNull();

  // Next records too, and counts no second visit; the lesson it leads to is recorded once shown.
  await page.goto(`/course/${first.id}`);
  const shown = lessonViewRecorded(page);
  await page.getByTestId("module-lesson").first().getByRole("link").click();
  expect((await shown).status()).toBe(204);
  const second = first.lessons[1]!;
  const nextShown = lessonViewRecorded(page);
  await page.getByRole("button", { name: `Next: ${second.title} →` }).click();
  await expect(page.getByRole("heading", { level: 1, name: second.title })).toBeVisible();
  expect((await nextShown).status()).toBe(204);
  const counts = await db.lessonView.findMany({
    where: { userId: learner.id, lessonId: { in: [first.lessons[0]!.id, second.id] } },
    select: { lessonId: true, viewCount: true },
  });
  expect(Object.fromEntries(counts.map((c) => [c.lessonId, c.viewCount]))).toEqual({
    [first.lessons[0]!.id]: 2,
    [second.id]: 2,
  });
});

test("the recording answers only for the signed-in learner's own record, from this site, and for real lessons", async ({
  page,
  newPerson,
  signIn,
  course,
  db,
  baseURL,
}) => {
  const learner = await newPerson();
  const first = course.modules[0]!;
  const lesson = first.lessons[0]!;
  await signIn(page, learner);

  const unknown = await page.request.post("/api/lesson-views", { data: { moduleId: first.id, lessonId: "no-such" } });
  expect(unknown.status()).toBe(404);
  expect(((await unknown.json()) as { code: string }).code).toBe("LESSON_NOT_FOUND");
  const elsewhere = await page.request.post("/api/lesson-views", {
    data: { moduleId: first.id, lessonId: lesson.id },
    headers: { Origin: "https://evil.example" },
  });
  expect(elsewhere.status()).toBe(403);
  const malformed = await page.request.post("/api/lesson-views", { data: { moduleId: first.id } });
  expect(malformed.status()).toBe(400);
  expect(await db.lessonView.count({ where: { userId: learner.id } })).toBe(0);

  const anonymous = await playwrightRequest.newContext({ baseURL });
  expect(
    (await anonymous.post("/api/lesson-views", { data: { moduleId: first.id, lessonId: lesson.id } })).status(),
  ).toBe(401);
  await anonymous.dispose();
  expect(await db.lessonView.count({ where: { lessonId: lesson.id, userId: learner.id } })).toBe(0);
});
