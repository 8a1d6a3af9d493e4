import { expect, test } from "./fixtures";

test("on a phone, lessons fit the screen and help is one tap away", async ({
  page,
  newPerson,
  signIn,
  course,
  checkA11y,
}) => {
  await signIn(page, await newPerson());
  const first = course.modules[0]!;
  await page.goto(`/course/${first.id}/lessons/${first.lessons[0]!.id}`);
  await expect(page.getByRole("heading", { level: 1, name: first.lessons[0]!.title })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.getByRole("link", { name: "Get help" }).click();
  await expect(page.getByRole("complementary", { name: "Get help" })).toBeInViewport();
  await checkA11y(page);
});

test("every lesson of the course renders on a phone without sideways scrolling or accessibility faults", async ({
  page,
  newPerson,
  signIn,
  course,
  checkA11y,
}) => {
  test.setTimeout(180_000);
  await signIn(page, await newPerson());
  for (const courseModule of course.modules) {
    for (const lesson of courseModule.lessons) {
      await page.goto(`/course/${courseModule.id}/lessons/${lesson.id}`);
      await expect(page.getByRole("heading", { level: 1, name: lesson.title })).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${lesson.id} is wider than the screen`).toBeLessThanOrEqual(0);
      await checkA11y(page);
    }
  }
});
