import type { Locator } from "@playwright/test";
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

test("on a 375 by 740 phone, one short warning leads into the course, harder modules remind in a line, and lessons fold answers and number their sources", async ({
  page,
  newPerson,
  signIn,
  course,
  checkA11y,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 375, height: 740 });
  // The way forward is in the first screen: nothing scrolled, and the whole button above 740 px.
  const inFirstScreen = async (locator: Locator) => {
    await expect(locator).toBeVisible();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const box = (await locator.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(740);
  };
  await signIn(page, await newPerson());

  // The course: one short, kind warning, its helplines a tap away, and Start in view without scrolling.
  const warning = page.getByRole("region", { name: "Before you start" });
  await expect(warning).toContainText(course.contentWarning);
  await expect(warning.getByRole("link", { name: "116 123" })).toHaveAttribute("href", "tel:116123");
  await expect(warning.getByRole("link", { name: "999", exact: true })).toHaveAttribute("href", "tel:999");
  await inFirstScreen(warning.getByRole("link", { name: "Start the course" }));
  await checkA11y(page);

  // The worried card is one tap from the course page.
  await page.getByRole("main").getByRole("link", { name: "Worried about a child? What to do now" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "If you are worried about a child" })).toBeVisible();
  // Loaded afresh (not Back, which would restore the scrolled position), so "without scrolling" is what it says.
  await page.goto("/course");

  // A harder module: a one-line reminder, and Start still in the first screen.
  const first = course.modules[0]!;
  expect(first.contentWarning, `${first.id} is one of the harder modules`).toBeTruthy();
  await page.getByRole("region", { name: "Before you start" }).getByRole("link", { name: "Start the course" }).click();
  await expect(page).toHaveURL(new RegExp(`/course/${first.id}$`));
  await expect(page.getByTestId("content-reminder")).toContainText(first.contentWarning!);
  await expect(page.getByRole("region", { name: "Before you start" })).toHaveCount(0);
  await inFirstScreen(page.getByRole("link", { name: "Start the module" }));
  await checkA11y(page);

  // A module whose subject is not harder has no reminder at all, and its Start is in view too.
  const calm = course.modules.find((m) => !m.contentWarning)!;
  await page.goto(`/course/${calm.id}`);
  await expect(page.getByRole("heading", { level: 1, name: calm.title })).toBeVisible();
  await expect(page.getByTestId("content-reminder")).toHaveCount(0);
  await inFirstScreen(page.getByRole("link", { name: "Start the module" }));

  // A lesson says where it is, and its Next is in the first screen as well as at the end.
  await page.goto(`/course/${first.id}`);
  await page.getByRole("link", { name: "Start the module" }).click();
  const lesson = first.lessons[0]!;
  await expect(page.getByRole("heading", { level: 1, name: lesson.title })).toBeVisible();
  await expect(page.getByText(`Lesson 1 of ${first.lessons.length}`)).toBeVisible();
  await inFirstScreen(
    page.getByRole("navigation", { name: "Lesson steps" }).getByRole("button", { name: /^Next lesson: / }),
  );

  // A scenario asks first and shows the suggested response only when asked.
  const scenario = page.getByRole("complementary", { name: "Scenario" }).first();
  const response = scenario.locator("details > p").first();
  await expect(response).toBeHidden();
  await scenario.getByText("What would you do? Show what to do").click();
  await expect(response).toBeVisible();
  await expect(scenario.locator("details")).toHaveAttribute("open", "");

  // Sources are numbered footnotes: the first leads to its entry in the list, and the entry leads back.
  const sourceId = lesson.sourceIds[0]!;
  const footnote = page.getByRole("link", { name: "Source 1", exact: true }).first();
  await footnote.click();
  await expect(page).toHaveURL(new RegExp(`#source-${sourceId}$`));
  const entry = page.locator(`#source-${sourceId}`);
  await expect(entry).toBeInViewport();
  await expect(entry).toContainText(course.sources[sourceId]!.label);
  await entry.getByRole("link", { name: /Back to the text/ }).click();
  await expect(page).toHaveURL(new RegExp(`#cite-${sourceId}-1$`));
  await expect(footnote).toBeInViewport();
  await checkA11y(page);

  // The worried card is one tap from Get help too.
  const help = page.getByRole("complementary", { name: "Get help" });
  await help.getByRole("link", { name: "Worried about a child? What to do now" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "If you are worried about a child" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "0800 1111" })).toHaveAttribute("href", "tel:08001111");

  // Once a lesson is open the course has begun: the warning is not shown again, and Continue takes its place.
  await page.goto("/course");
  await expect(page.getByTestId("continue")).toBeVisible();
  await expect(page.getByRole("region", { name: "Before you start" })).toHaveCount(0);
});
