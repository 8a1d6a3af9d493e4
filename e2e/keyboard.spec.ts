import type { Locator, Page, TestInfo } from "@playwright/test";
import { expect, test } from "./fixtures";
import { quizPicks } from "./quiz-helpers";

// The learner's journey with a keyboard alone, as someone who cannot use a mouse (or a screen reader user) takes it:
// the skip link comes first, focus follows each move to a new page, a quiz is answered with Tab, arrows and Space and
// sent with Enter, focus lands on the result and the result is said through a live region, and no part of a page
// (the Get help drawer included) keeps the keyboard in. Screenshots of the focus states go to the report.

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it is not reached within `limit`. */
async function tabTo(page: Page, target: Locator, limit = 150) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

/** What has focus, in a few words: to say where the keyboard went when a test fails. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return "body";
    return `${el.tagName.toLowerCase()}:${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40)}`;
  });
}

async function shot(page: Page, testInfo: TestInfo, name: string) {
  await testInfo.attach(`keyboard-${name}`, { body: await page.screenshot(), contentType: "image/png" });
}

test("a learner signs in, reads a lesson and passes a quiz with the keyboard alone; focus follows every step", async ({
  page,
  newPerson,
  openLessons,
  checkA11y,
  course,
}, testInfo) => {
  test.setTimeout(120_000);
  const learner = await newPerson();
  const first = course.modules[0]!;
  await openLessons(learner.id, [first.id]);

  // The skip link is the first Tab stop, shown when it has focus; it takes focus past the header into the page, and
  // the next Tab stays there.
  await page.goto("/login");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await shot(page, testInfo, "skip-link");
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.closest("main") !== null), await focused(page)).toBe(true);

  // Signing in; on the course page that follows, focus is on its heading.
  await tabTo(page, page.getByLabel("Email"));
  await page.keyboard.type(learner.email);
  await tabTo(page, page.getByLabel("Password"));
  await page.keyboard.type(learner.password);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/course$/);
  await expect(page.getByRole("heading", { level: 1, name: course.title })).toBeFocused();

  // A lesson: its last one's "Take the module quiz" button, reached with Tab and pressed with Enter.
  const lesson = first.lessons[first.lessons.length - 1]!;
  await page.goto(`/course/${first.id}/lessons/${lesson.id}`);
  await tabTo(page, page.getByRole("button", { name: "Take the module quiz →" }));
  await shot(page, testInfo, "lesson-button");
  await page.keyboard.press("Enter");

  // On the new page focus is on its heading, not left behind on the button that was pressed.
  await expect(page).toHaveURL(new RegExp(`/course/${first.id}/quiz$`));
  const quizHeading = page.getByRole("heading", { level: 1, name: `Quiz: ${first.title}` });
  await expect(quizHeading).toBeFocused();

  // Each question in turn: Tab into it; a radio group is answered with the arrow keys (or Space on the first
  // option), checkboxes one Tab stop each, ticked with Space.
  const fieldsets = page.locator("fieldset[data-question-id]");
  const count = await fieldsets.count();
  for (let i = 0; i < count; i++) {
    const fieldset = fieldsets.nth(i);
    const id = (await fieldset.getAttribute("data-question-id"))!;
    const right = new Set(quizPicks(first, id, "right").map((o) => o.id));
    const inputs = fieldset.locator("input");
    const values = await inputs.evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
    const type = await inputs.first().getAttribute("type");
    await page.keyboard.press("Tab");
    await expect(inputs.first()).toBeFocused();
    if (type === "radio") {
      const target = values.findIndex((v) => right.has(v));
      if (target === 0) await page.keyboard.press("Space");
      for (let step = 0; step < target; step++) await page.keyboard.press("ArrowDown");
      await expect(inputs.nth(target)).toBeChecked();
      if (i === 0) await shot(page, testInfo, "quiz-radio");
    } else {
      for (const [j, value] of values.entries()) {
        if (j > 0) await page.keyboard.press("Tab");
        await expect(inputs.nth(j)).toBeFocused();
        if (right.has(value)) await page.keyboard.press("Space");
      }
    }
  }
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Submit answers" })).toBeFocused();
  await shot(page, testInfo, "quiz-submit");
  // How the live region first arrives: a screen reader says a change to it, not text it was drawn holding.
  await page.evaluate(() => {
    const first: (string | null)[] = [];
    (window as unknown as { __firstSaid: typeof first }).__firstSaid = first;
    const seen = new WeakSet<Element>();
    new MutationObserver(() => {
      for (const region of document.querySelectorAll("[role='status'][data-testid='announcement']")) {
        if (seen.has(region)) continue;
        seen.add(region);
        first.push(region.textContent);
      }
    }).observe(document, { subtree: true, childList: true });
  });
  await page.keyboard.press("Enter");

  // The result: focus on its heading, and the score said through a polite live region.
  const resultHeading = page.getByTestId("quiz-result").getByRole("heading", { level: 1 });
  await expect(resultHeading).toHaveText("You passed this module");
  await expect(resultHeading).toBeFocused();
  const said = page.getByRole("status").filter({ hasText: "you scored 100%" });
  await expect(said).toHaveText(/^You passed this module: you scored 100%, (\d+) of \1 correct\. The pass mark is/);
  await expect(said).toHaveAttribute("role", "status");
  // The result came without reloading the page (so the observer saw the region arrive), empty, then filled.
  expect(await page.evaluate(() => (window as unknown as { __firstSaid: string[] }).__firstSaid)).toEqual([""]);
  await shot(page, testInfo, "quiz-result");
  await checkA11y(page);
});

test("no page keeps the keyboard in: Tab goes through the Get help drawer and out; Escape closes the drawer", async ({
  browser,
  newPerson,
  signIn,
}, testInfo) => {
  // A phone's width, where Get help is a drawer after the page.
  const context = await browser.newContext({ viewport: { width: 390, height: 800 }, hasTouch: true });
  const page = await context.newPage();
  const learner = await newPerson();
  await signIn(page, learner);
  await page.goto("/course");

  // Tab from the top of the page to its end passes the drawer's links and the footer, then comes round again.
  const drawer = page.locator("details.help-drawer");
  await drawer.locator("summary").click();
  await expect(drawer).toHaveAttribute("open", "");
  const seen: string[] = [];
  const skip = page.getByRole("link", { name: "Skip to content" });
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press("Tab");
    seen.push(await focused(page));
    if (i > 0 && (await skip.evaluate((el) => el === document.activeElement))) break;
  }
  expect(
    seen.some((s) => s.startsWith("a:Website")),
    seen.join(" | "),
  ).toBe(true);
  expect(seen, seen.join(" | ")).toContain("a:Accessibility statement");
  expect(seen.at(-1), "Tab comes round to the top again").toBe("a:Skip to content");
  // Shift+Tab walks back out of the page the same way.
  await page.keyboard.press("Shift+Tab");
  expect(await focused(page)).not.toBe("a:Skip to content");

  // Escape from inside the open drawer closes it and leaves focus on its summary, where Enter opens it again.
  await tabTo(page, drawer.getByRole("link", { name: /^Website/ }).first());
  await shot(page, testInfo, "drawer-link");
  await page.keyboard.press("Escape");
  await expect(drawer).not.toHaveAttribute("open", "");
  await expect(drawer.locator("summary")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(drawer).toHaveAttribute("open", "");
  await context.close();
});
