import { expect, type Page, type Response } from "@playwright/test";

/**
 * The lesson page's own recording that its lesson was shown (POST /api/lesson-views, sent once the page's script
 * runs). Start waiting before the navigation or click that shows the lesson; a test that goes on to the quiz or the
 * progress pages before this is answered would race it.
 */
export function lessonViewRecorded(page: Page): Promise<Response> {
  return page.waitForResponse(
    (response) => response.request().method() === "POST" && new URL(response.url()).pathname === "/api/lesson-views",
  );
}

/** Shows a lesson as a learner with scripts on sees it, and waits until the page has recorded it as read. */
export async function readLesson(page: Page, moduleId: string, lessonId: string): Promise<void> {
  const recorded = lessonViewRecorded(page);
  await page.goto(`/course/${moduleId}/lessons/${lessonId}`);
  expect((await recorded).status(), `recording ${moduleId}/${lessonId} as read`).toBe(204);
}
