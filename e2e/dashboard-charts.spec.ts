import type { Locator, Page } from "@playwright/test";
import { calendarDayOf, dueAtFor } from "../lib/dates/calendar-day";
import { formatCalendarMonth, formatDate } from "../lib/format/dates";
import { certify } from "../lib/testing/certify";
import { expect, test } from "./fixtures";

const DAY = 24 * 60 * 60 * 1000;
const OVERDUE = "Become overdue unless they complete";
const RUN_OUT = "Certificates run out";
const COVERED = "Holding a valid certificate";
const DUE = "Due by then";

/** A chart's screen-reader table, read as a screen reader would: row header → the row's cells by column header. */
async function readTable(table: Locator): Promise<Record<string, Record<string, string>>> {
  const headers = await table.locator("thead th").allTextContents();
  const rows: Record<string, Record<string, string>> = {};
  for (const row of await table.locator("tbody tr").all()) {
    const label = (await row.locator("th").textContent()) ?? "";
    const cells = await row.locator("td").allTextContents();
    rows[label] = Object.fromEntries(cells.map((c, i) => [headers[i + 1] ?? "", c]));
  }
  return rows;
}

const monthOf = (instant: Date) => formatCalendarMonth(calendarDayOf(instant).slice(0, 7));

async function chartsScreenshot(page: Page) {
  await page.getByRole("heading", { name: "The months ahead" }).scrollIntoViewIfNeeded();
  return page.screenshot({ fullPage: true });
}

test("a trainer sees the months ahead and completion over time for everyone and each group, with the right figures, and nothing of another organisation", async ({
  page,
  browser,
  db,
  course,
  newPerson,
  newOrganisation,
  signIn,
  checkA11y,
}, testInfo) => {
  test.setTimeout(120_000);
  const now = new Date();
  const org = await newOrganisation(["Nursery", "Reception"]);
  const nursery = org.groups[0]!;
  const reception = org.groups[1]!;
  const dueDay = calendarDayOf(new Date(now.getTime() + 45 * DAY));
  const setDue = (userId: string, dueAt: Date) =>
    db.enrolment.update({ where: { userId_courseId: { userId, courseId: course.id } }, data: { dueAt } });
  let n = 0;
  const certificate = (person: { id: string; name: string }, completedAt: Date) =>
    certify(db, {
      userId: person.id,
      course,
      number: `SG-CH${Date.now().toString(36).slice(-5).toUpperCase()}${++n}`,
      learnerName: person.name,
      organisationName: org.name,
      completedAt,
      enrolment: true,
    });

  // Not started, due in 45 days: overdue from the day after, unless they complete.
  const notYet = await newPerson("LEARNER", org.id, [nursery.id]);
  await setDue(notYet.id, dueAtFor(dueDay));
  // Certified 300 days ago: the certificate runs out 65 days from now.
  const runningOut = await newPerson("LEARNER", org.id, [reception.id]);
  await certificate(runningOut, new Date(now.getTime() - 300 * DAY));
  // Overdue already: in the headline, not in the months ahead.
  const late = await newPerson("LEARNER", org.id, [reception.id]);
  await setDue(late.id, dueAtFor(calendarDayOf(new Date(now.getTime() - 3 * DAY))));
  // Certified 20 days ago, due in 45 days: covered, so not becoming overdue.
  const done = await newPerson("LEARNER", org.id, [nursery.id]);
  await certificate(done, new Date(now.getTime() - 20 * DAY));
  await setDue(done.id, dueAtFor(dueDay));
  // Another organisation: its learner and group are never counted or shown here.
  const other = await newOrganisation(["Elsewhere Class"]);
  const outsider = await newPerson("LEARNER", other.id, [other.groups[0]!.id]);
  await setDue(outsider.id, dueAtFor(dueDay));
  const trainer = await newPerson("TRAINER", org.id);

  await signIn(page, trainer);
  await page.goto("/trainer");
  await checkA11y(page);

  // The months ahead: this month and the next five, as a table for screen readers and as bars.
  await expect(page.getByRole("heading", { name: "The months ahead" })).toBeVisible();
  const ahead = await readTable(page.getByRole("table", { name: /The months ahead/ }));
  const months = Array.from({ length: 6 }, (_, i) => {
    const [y, m] = calendarDayOf(now).slice(0, 7).split("-").map(Number) as [number, number];
    return formatCalendarMonth(
      `${y + Math.floor((m - 1 + i) / 12)}-${String(((m - 1 + i) % 12) + 1).padStart(2, "0")}`,
    );
  });
  expect(Object.keys(ahead)).toEqual(months);
  const overdueMonth = monthOf(new Date(dueAtFor(dueDay).getTime() + 1));
  const runOutMonth = monthOf(new Date(now.getTime() - 300 * DAY + 365 * DAY));
  for (const month of months)
    expect(ahead[month], month).toEqual({
      [OVERDUE]: month === overdueMonth ? "1" : "0",
      [RUN_OUT]: month === runOutMonth ? "1" : "0",
    });
  // The bars carry the same figures, the second series hatched rather than a colour apart.
  const bars = page.locator('[data-chart="months-ahead"]');
  await expect(bars.locator(`[data-bar="${OVERDUE}"][data-label="${overdueMonth}"]`)).toHaveAttribute(
    "data-value",
    "1",
  );
  await expect(bars.locator(`[data-bar="${RUN_OUT}"][data-label="${runOutMonth}"]`)).toHaveAttribute("data-value", "1");
  await expect(bars.locator(".chart-bar-hatched")).toHaveCount(6);
  await expect(page.getByRole("list", { name: "Key" }).first()).toContainText(`${OVERDUE} (solid bars)`);

  // Completion over time: everyone, then each group, today's point in each table.
  await expect(page.getByRole("heading", { name: "Completion over time" })).toBeVisible();
  const today = formatDate(now);
  const everyone = await readTable(page.getByRole("table", { name: /Completion over time, everyone you can see/ }));
  expect(everyone[today]).toEqual({ [COVERED]: "50%", [DUE]: "25%" });
  // Six months ago only the certificate now running out was held.
  expect(Object.values(everyone)[0]).toEqual({ [COVERED]: "25%", [DUE]: "0%" });
  await expect(page.getByText(`4 people; latest due date ${formatDate(dueAtFor(dueDay))}.`)).toBeVisible();
  for (const [name, figures] of [
    ["Nursery", { [COVERED]: "50%", [DUE]: "0%" }],
    ["Reception", { [COVERED]: "50%", [DUE]: "50%" }],
  ] as const) {
    await expect(page.getByRole("heading", { name: `Group: ${name}` })).toBeVisible();
    const table = await readTable(page.getByRole("table", { name: new RegExp(`Completion over time, group ${name}`) }));
    expect(table[today], name).toEqual(figures);
  }
  // Today and the due date are marked on the lines.
  await expect(page.locator('[data-chart="coverage-0"] [data-marker="Today"]')).toHaveCount(1);
  await expect(page.locator('[data-chart="coverage-1"] [data-marker^="Due "]')).toHaveCount(1);
  await expect(page.locator('[data-chart="coverage-0"] .chart-line-dashed')).toHaveCount(1);
  // Nothing of the other organisation.
  await expect(page.getByRole("heading", { name: "Group: Elsewhere Class" })).toHaveCount(0);
  await expect(page.getByText(outsider.name)).toHaveCount(0);

  await testInfo.attach("dashboard-charts-desktop", { body: await chartsScreenshot(page), contentType: "image/png" });
  const phone = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  const small = await phone.newPage();
  await signIn(small, trainer);
  await small.goto("/trainer");
  await expect(small.getByRole("heading", { name: "Completion over time" })).toBeVisible();
  // The charts scale to the phone's width: nothing scrolls sideways.
  expect(await small.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  const svg = (await small.locator('[data-chart="months-ahead"] svg').boundingBox())!;
  expect(svg.width).toBeLessThanOrEqual(375);
  await testInfo.attach("dashboard-charts-375px", { body: await chartsScreenshot(small), contentType: "image/png" });
  await phone.close();
});
