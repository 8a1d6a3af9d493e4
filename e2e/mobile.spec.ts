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
  // The header takes two rows at most (three would be about 120 px): the site and Get help, then the links.
  expect((await page.getByRole("banner").boundingBox())!.height).toBeLessThan(112);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Account" })).toBeVisible();
  // After the page the help panel is a drawer, closed, with the police, the DSL and Childline still in sight; the
  // header's "Get help" opens it.
  const help = page.getByRole("complementary", { name: "Get help" });
  const drawer = help.locator("details");
  await expect(drawer).not.toHaveAttribute("open");
  await expect(help.getByRole("link", { name: "0800 1111" })).toHaveAttribute("href", "tel:08001111");
  // Staff tell their DSL first: the demo organisation's is in sight too, ready to call.
  await expect(help.getByText(/Your DSL, Helen Carter/)).toBeVisible();
  await expect(help.getByRole("link", { name: "01632 960001" })).toHaveAttribute("href", "tel:01632960001");
  const closedHeight = (await help.boundingBox())!.height;
  expect(closedHeight).toBeLessThan(300);
  await page.getByRole("link", { name: "Get help" }).click();
  await expect(help).toBeInViewport();
  await expect(drawer).toHaveAttribute("open");
  await expect(help.getByRole("link", { name: "0808 800 5000" })).toBeVisible();
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
      // Sources read as a reader would cite them: no repository file names or placeholders.
      await expect(page.getByRole("main")).not.toContainText(
        /Course source file|Not named in the article|\d{3}_[0-9a-f]+\.txt/,
      );
      await checkA11y(page);
    }
  }
});
