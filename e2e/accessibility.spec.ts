import type { Page } from "@playwright/test";
import { KNOWN_ACCESSIBILITY_ISSUES } from "../lib/accessibility/statement";
import { expect, test } from "./fixtures";

// The accessibility statement (public, linked from every page's footer), the 24 px targets WCAG 2.2 asks of
// checkboxes and radios, and the trainer dashboard's width: the table takes the page and cuts off no column on a
// laptop, even with text at 150%.

test("the accessibility statement is public, in the GOV.UK model's parts, and every page's footer links to it", async ({
  page,
  browser,
  newPerson,
  signIn,
  checkA11y,
}, testInfo) => {
  // Anyone, before they have an account: from the sign-in page's footer.
  const anonymous = await (await browser.newContext()).newPage();
  await anonymous.goto("/login");
  await anonymous.getByRole("contentinfo").getByRole("link", { name: "Accessibility statement" }).click();
  await expect(anonymous).toHaveURL(/\/accessibility$/);
  await expect(
    anonymous.getByRole("heading", { level: 1, name: "Accessibility statement for Safeguarding online" }),
  ).toBeVisible();
  for (const part of [
    "How accessible this website is",
    "Feedback and contact information",
    "Reporting accessibility problems with this website",
    "Enforcement procedure",
    "Technical information about this website’s accessibility",
    "Compliance status",
    "Non-compliance with the accessibility regulations",
    "What we are doing to improve accessibility",
    "Preparation of this accessibility statement",
  ])
    await expect(anonymous.getByRole("heading", { name: part, exact: true })).toBeVisible();
  await expect(
    anonymous.getByText(/partially compliant with the Web Content Accessibility Guidelines version 2\.2/),
  ).toBeVisible();
  const issues = anonymous.getByTestId("known-issues").getByRole("listitem");
  await expect(issues).toHaveCount(KNOWN_ACCESSIBILITY_ISSUES.length);
  for (const issue of KNOWN_ACCESSIBILITY_ISSUES)
    await expect(issues.filter({ hasText: issue.problem })).toHaveCount(1);
  await expect(anonymous.getByTestId("how-tested")).toContainText("WCAG 2.2");
  // Without ACCESSIBILITY_CONTACT, reports go to accessibility@ the site's own domain.
  await expect(anonymous.getByRole("link", { name: "accessibility@127.0.0.1" }).first()).toHaveAttribute(
    "href",
    "mailto:accessibility@127.0.0.1",
  );
  await expect(anonymous.getByRole("link", { name: "Equality Advisory and Support Service (EASS)" })).toBeVisible();
  await checkA11y(anonymous);
  await testInfo.attach("accessibility-statement", {
    body: await anonymous.screenshot({ fullPage: true }),
    contentType: "image/png",
  });

  // Signed in, on a learner's and a trainer's pages alike.
  const learner = await newPerson();
  await signIn(page, learner);
  await expect(page.getByRole("contentinfo").getByRole("link", { name: "Accessibility statement" })).toBeVisible();
  const trainerPage = await (await browser.newContext()).newPage();
  await signIn(trainerPage, await newPerson("TRAINER"));
  await trainerPage.getByRole("contentinfo").getByRole("link", { name: "Accessibility statement" }).click();
  await expect(trainerPage.getByRole("heading", { level: 1, name: /^Accessibility statement/ })).toBeVisible();
});

/** The sizes of every checkbox and radio on the page that is smaller than 24 by 24 px. */
function smallTargets(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement>('input[type="checkbox"], input[type="radio"]')]
      .map((el) => ({ name: el.getAttribute("aria-label") ?? el.id ?? el.name, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 24 || box.height < 24)
      .map(({ name, box }) => `${name}: ${box.width}x${box.height}`),
  );
}

test("checkboxes and radio buttons are 24 px targets: the dashboard's selection and the quiz's answers", async ({
  page,
  browser,
  newPerson,
  newOrganisation,
  signIn,
  openLessons,
  course,
}) => {
  const org = await newOrganisation(["Reception"]);
  const learner = await newPerson("LEARNER", org.id, [org.groups[0]!.id]);
  await openLessons(learner.id, [course.modules[0]!.id]);
  await signIn(page, learner);
  await page.goto(`/course/${course.modules[0]!.id}/quiz`);
  await expect(page.getByRole("button", { name: "Submit answers" })).toBeVisible();
  expect(await page.locator('input[type="radio"], input[type="checkbox"]').count()).toBeGreaterThan(0);
  expect(await smallTargets(page)).toEqual([]);

  const trainerPage = await (await browser.newContext()).newPage();
  await signIn(trainerPage, await newPerson("TRAINER", org.id));
  await expect(trainerPage.getByRole("checkbox", { name: `Select ${learner.name}` })).toBeVisible();
  expect(await smallTargets(trainerPage)).toEqual([]);
});

/** Columns of the trainer dashboard's table that run past its box (the box would scroll them out of sight). */
function tableOverflow(page: Page) {
  return page.evaluate(() => {
    const table = document.querySelector("main table.learner-table")!;
    const box = table.parentElement!;
    return Math.max(table.getBoundingClientRect().width - box.clientWidth, box.scrollWidth - box.clientWidth);
  });
}

test("the trainer dashboard takes the page's width, help moves to the header, and the table fits a 1280 px laptop at 150% text", async ({
  browser,
  db,
  newPerson,
  newOrganisation,
  signIn,
  recordPasses,
  course,
}, testInfo) => {
  const org = await newOrganisation(["Early Years Foundation Stage"]);
  // The widest a row gets: a long name, an overdue due date, and some modules passed.
  const learner = await newPerson("LEARNER", org.id, [org.groups[0]!.id]);
  await db.user.update({
    where: { id: learner.id },
    data: { name: "Alexandra Featherstonehaugh-Montgomery", searchName: "alexandra featherstonehaugh-montgomery" },
  });
  await db.enrolment.updateMany({
    where: { userId: learner.id },
    data: { dueAt: new Date(Date.now() - 40 * 86_400_000) },
  });
  await recordPasses(
    learner.id,
    course.modules.slice(0, 3).map((m) => m.id),
  );
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await signIn(page, await newPerson("TRAINER", org.id));
  await expect(page.getByTestId("learner-row")).toHaveCount(1);

  // The help panel is not a column beside the table: it follows the page, and the header's "Get help" reaches it.
  await expect(page.getByRole("link", { name: "Get help" })).toBeVisible();
  const main = await page.locator("main").boundingBox();
  expect(main!.width, "main takes the width the page leaves").toBeGreaterThan(1280 - 2 * 16 - 40);
  const help = await page.getByRole("complementary", { name: "Get help" }).boundingBox();
  expect(help!.y, "Get help is after the page, not beside it").toBeGreaterThan(main!.y + main!.height - 1);

  expect(await tableOverflow(page), "the table's columns at 1280 px").toBeLessThanOrEqual(1);
  await page.evaluate(() => (document.documentElement.style.fontSize = "150%"));
  expect(await tableOverflow(page), "the table's columns at 1280 px with text at 150%").toBeLessThanOrEqual(1);
  await testInfo.attach("dashboard-1280-text-150", {
    body: await page.screenshot({ fullPage: true }),
    contentType: "image/png",
  });
  await context.close();
});
