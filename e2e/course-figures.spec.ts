import type { Locator, Page, TestInfo } from "@playwright/test";
import { findFigureDirectives } from "../lib/course/figure-directive";
import { stepDetail } from "../lib/course/figures-schema";
import type { TCourse } from "../lib/course/types";
import { expect, test } from "./fixtures";

// The course's charts and diagrams (content/figures.yaml), each where a lesson places it: a learner sees its title and
// caption, its source, and its words (a diagram's steps written out; a chart's table, for screen readers), on a
// laptop and on a 375 px phone, where nothing runs off the screen or out of its drawing.

type TPlaced = { kind: "chart" | "diagram"; id: string; title: string; path: string };

function placedFigures(course: TCourse): TPlaced[] {
  const placed: TPlaced[] = [];
  for (const m of course.modules)
    for (const l of m.lessons)
      for (const { kind, id } of findFigureDirectives(l.markdown).placed) {
        const figure =
          kind === "chart"
            ? course.figures.charts.find((c) => c.id === id)
            : course.figures.diagrams.find((d) => d.id === id);
        placed.push({ kind, id, title: figure!.title, path: `/course/${m.id}/lessons/${l.id}` });
      }
  return placed;
}

/** Nothing sideways: not the page, not the figure, and no drawn word outside its drawing (SVG clips it unseen). */
async function expectFits(page: Page, figure: Locator, what: string) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `${what}: page`).toBe(0);
  const outside = await figure.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const out: string[] = [];
    if (box.right > window.innerWidth + 0.5) out.push("the figure");
    for (const svg of el.querySelectorAll("svg")) {
      const s = svg.getBoundingClientRect();
      if (s.right > box.right + 0.5) out.push("the drawing");
      for (const t of svg.querySelectorAll("text")) {
        const r = t.getBoundingClientRect();
        if (r.left < s.left - 0.5 || r.right > s.right + 0.5 || r.bottom > s.bottom + 0.5)
          out.push(`"${t.textContent}"`);
      }
    }
    return out;
  });
  expect(outside, `${what}: runs outside`).toEqual([]);
}

async function attach(testInfo: TestInfo, figure: Locator, name: string) {
  await testInfo.attach(name, { body: await figure.screenshot(), contentType: "image/png" });
}

test("each chart shows its caption, its source and its figures as a table, and fits a laptop and a phone", async ({
  signInElsewhere,
  page,
  newPerson,
  signIn,
  course,
  checkA11y,
}, testInfo) => {
  test.setTimeout(120_000);
  const learner = await newPerson();
  await signIn(page, learner);
  const phone = await signInElsewhere(learner, { viewport: { width: 375, height: 740 }, isMobile: true });
  const charts = placedFigures(course).filter((f) => f.kind === "chart");
  expect(charts.map((c) => c.id).sort()).toEqual(course.figures.charts.map((c) => c.id).sort());
  for (const placed of charts) {
    const chart = course.figures.charts.find((c) => c.id === placed.id)!;
    await page.goto(placed.path);
    const figure = page.getByRole("figure", { name: chart.title });
    await expect(figure).toBeVisible();
    await expect(figure.getByText(chart.caption)).toBeVisible();
    // The source under it, as the lesson's Sources list cites it: label, then title and publisher.
    for (const seed of new Set(chart.series.flatMap((s) => s.points.map((p) => p.source.seed)))) {
      const source = Object.values(course.sources).find((s) => s.kind === "article" && s.seed === seed)!;
      await expect(figure.locator("[data-figure-source]")).toContainText(`${source.label}: “${source.title}”`);
    }
    // Every figure drawn, in the article's words.
    const points = chart.series.flatMap((s) => s.points);
    for (const p of points) await expect(figure.locator("svg text", { hasText: p.as }).first()).toBeVisible();
    // The table a screen reader reads: one row per figure, with its label, words, period, area and source.
    const table = figure.getByRole("table", { name: `${chart.title}: the figures` });
    await expect(table.getByRole("row")).toHaveCount(points.length + 1);
    // Cells by their column: the row header is the label, then (for several series) the series, then the figure...
    const headers = (await table.getByRole("columnheader").allTextContents()).slice(1);
    const cellUnder = (row: Locator, header: string) => row.getByRole("cell").nth(headers.indexOf(header));
    for (const p of points) {
      const row = table.getByRole("row", { name: new RegExp(`^${p.label.replace(/[()]/g, "\\$&")} `) });
      await expect(cellUnder(row, "Figure")).toContainText(p.as);
      await expect(cellUnder(row, "Period")).toHaveText(p.period);
      await expect(cellUnder(row, "Area")).toHaveText(p.area);
      await expect(cellUnder(row, "Data set")).toHaveText(p.dataset);
    }
    await checkA11y(page);
    await attach(testInfo, figure, `course-figures-${chart.id}-desktop`);

    await phone.goto(placed.path);
    const small = phone.getByRole("figure", { name: chart.title });
    await expect(small).toBeVisible();
    await expectFits(phone, small, `${chart.id} at 375 px`);
    await attach(testInfo, small, `course-figures-${chart.id}-375px`);
  }
});

test("each diagram shows its steps in words beside the drawing, and fits a laptop and a phone", async ({
  signInElsewhere,
  page,
  newPerson,
  signIn,
  course,
  checkA11y,
}, testInfo) => {
  test.setTimeout(120_000);
  const learner = await newPerson();
  await signIn(page, learner);
  const phone = await signInElsewhere(learner, { viewport: { width: 375, height: 740 }, isMobile: true });
  const diagrams = placedFigures(course).filter((f) => f.kind === "diagram");
  expect(diagrams.map((d) => d.id).sort()).toEqual(course.figures.diagrams.map((d) => d.id).sort());
  for (const placed of diagrams) {
    const diagram = course.figures.diagrams.find((d) => d.id === placed.id)!;
    await page.goto(placed.path);
    const figure = page.getByRole("figure", { name: diagram.title });
    await expect(figure).toBeVisible();
    await expect(figure.getByText(diagram.caption)).toBeVisible();
    await expect(figure.locator("[data-figure-source]")).toContainText("In the words of the lesson");
    // The text equivalent is on the screen for everyone, not only for screen readers: each step or route in order.
    const words = figure.locator("[data-figure-words]");
    await expect(words).toBeVisible();
    if (diagram.kind === "steps") {
      const items = words.getByRole("list").getByRole("listitem");
      await expect(items).toHaveCount(diagram.steps.length);
      for (const [i, step] of diagram.steps.entries()) {
        await expect(items.nth(i)).toContainText(step.title);
        const detail = stepDetail(step.detail);
        if (detail) await expect(items.nth(i)).toContainText(detail);
        await expect(
          figure
            .locator("svg text")
            .filter({ hasText: step.title.split(" ")[0]! })
            .first(),
        ).toBeVisible();
      }
      if (diagram.note) await expect(words).toContainText(diagram.note.text);
    } else {
      const items = words.getByRole("list").first().locator(":scope > li");
      await expect(items).toHaveCount(diagram.routes.length);
      for (const [i, route] of diagram.routes.entries()) {
        await expect(items.nth(i)).toContainText(route.name);
        await expect(items.nth(i)).toContainText(route.when);
        await expect(figure.locator("svg text", { hasText: route.name }).first()).toBeVisible();
      }
    }
    await checkA11y(page);
    await attach(testInfo, figure, `course-figures-${diagram.id}-desktop`);

    await phone.goto(placed.path);
    const small = phone.getByRole("figure", { name: diagram.title });
    await expect(small).toBeVisible();
    await expectFits(phone, small, `${diagram.id} at 375 px`);
    // Readable on a phone: the drawing's smallest text is at least 11 px once scaled to the screen.
    const smallest = await small
      .locator("svg")
      .first()
      .evaluate((svg) => {
        const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
        return Math.min(...[...svg.querySelectorAll("text")].map((t) => Number(t.getAttribute("font-size")) * scale));
      });
    expect(smallest, `${diagram.id}: smallest text at 375 px`).toBeGreaterThanOrEqual(11);
    await attach(testInfo, small, `course-figures-${diagram.id}-375px`);
  }
});
