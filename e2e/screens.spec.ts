import type { Page, TestInfo } from "@playwright/test";
import { expect, test } from "./fixtures";

// The screens each person uses every day, at a phone's width (375 px) and a laptop's (1366 x 768): none scrolls
// sideways and no table is cut off. Each screen is attached to the HTML report (playwright-report/) as a full-page
// screenshot, to look at after any run.
const SIZES = [
  { name: "phone", viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true },
  { name: "laptop", viewport: { width: 1366, height: 768 }, isMobile: false, hasTouch: false },
] as const;

// Each screen is also scanned with axe (WCAG 2.2 AA) at its size: the phone's stacked table as well as the laptop's.
let scan: (page: Page) => Promise<void> = async () => {};
test.beforeEach(({ checkA11y }) => {
  scan = checkA11y;
});

async function capture(page: Page, testInfo: TestInfo, name: string) {
  await page.waitForLoadState("networkidle");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
  // No table runs past its box (a table inside a scrolling box would hide its last columns).
  const clipped = await page.evaluate(() =>
    // A screen reader's copy of a chart's figures (sr-only, 1 px wide) is not seen, so it cannot be cut off.
    [...document.querySelectorAll("main table")]
      .filter((t) => !t.closest(".sr-only"))
      .filter((t) => {
        const box = t.parentElement!;
        return t.getBoundingClientRect().width > box.clientWidth + 1 || box.scrollWidth > box.clientWidth + 1;
      })
      .map((t) => t.querySelector("caption")?.textContent ?? "a table"),
  );
  expect(clipped, `${name}: tables cut off`).toEqual([]);
  await scan(page);
  const body = await page.screenshot({ fullPage: true });
  await testInfo.attach(name, { body, contentType: "image/png" });
}

for (const size of SIZES) {
  test(`at ${size.viewport.width} px the learner's course, a lesson, the quiz, the dashboard and the verify page fit the screen`, async ({
    browser,
    db,
    newPerson,
    newOrganisation,
    signIn,
    openLessons,
    recordPasses,
    completeCourse,
    course,
  }, testInfo) => {
    test.setTimeout(180_000);
    const context = () =>
      browser.newContext({ viewport: size.viewport, isMobile: size.isMobile, hasTouch: size.hasTouch });
    const org = await newOrganisation(["Reception", "Year 1"]);
    await db.safeguardingContact.create({
      data: { organisationId: org.id, kind: "DSL", name: "Helen Carter", phone: "01632 960001", sortOrder: 0 },
    });

    // A learner part-way through: two modules passed, the third's lessons read, its quiz open.
    const learner = await newPerson("LEARNER", org.id, [org.groups[0]!.id]);
    await recordPasses(
      learner.id,
      course.modules.slice(0, 2).map((m) => m.id),
    );
    await openLessons(learner.id, [course.modules[2]!.id]);
    const page = await (await context()).newPage();
    await signIn(page, learner);
    await page.goto("/course");
    await capture(page, testInfo, `${size.name}-course`);
    const lessonModule = course.modules[2]!;
    await page.goto(`/course/${lessonModule.id}/lessons/${lessonModule.lessons[0]!.id}`);
    await expect(page.getByRole("heading", { level: 1, name: lessonModule.lessons[0]!.title })).toBeVisible();
    await capture(page, testInfo, `${size.name}-lesson`);
    await page.goto(`/course/${lessonModule.id}/quiz`);
    await expect(page.getByRole("button", { name: "Submit answers" })).toBeVisible();
    await capture(page, testInfo, `${size.name}-quiz`);

    // The dashboard a DSL works from, with someone overdue, someone part-way and someone complete.
    const late = await newPerson("LEARNER", org.id, [org.groups[1]!.id]);
    await db.enrolment.updateMany({
      where: { userId: late.id },
      data: { dueAt: new Date(Date.now() - 9 * 86_400_000) },
    });
    const done = await newPerson("LEARNER", org.id, [org.groups[0]!.id]);
    const number = await completeCourse(await (await context()).newPage(), done);
    const trainer = await newPerson("TRAINER", org.id);
    const trainerPage = await (await context()).newPage();
    await signIn(trainerPage, trainer);
    await expect(trainerPage.getByTestId("learner-row")).toHaveCount(3);
    await capture(trainerPage, testInfo, `${size.name}-dashboard`);

    // The verify page, as an inspector scanning the certificate's QR code sees it (nobody signed in).
    const inspector = await (await context()).newPage();
    await inspector.goto(`/verify/${number}`);
    await expect(inspector.getByText(/valid/i).first()).toBeVisible();
    await capture(inspector, testInfo, `${size.name}-verify`);
  });
}
