import { expect, test } from "./fixtures";

test("on a phone, lessons fit the screen and help is one tap away", async ({ page, newPerson, signIn, course, checkA11y }) => {
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
