import { spawnSync } from "node:child_process";
import fs from "node:fs";
import type { Page, TestInfo } from "@playwright/test";
import { expect, test } from "./fixtures";

// A trainer prints a lesson for a staff meeting: on A4 portrait, the lesson's text, its callouts and its sources,
// without the site's header, navigation, Get help panel or buttons (app/styles/print.css). Certificates keep their
// A4 landscape sheet; the worried card prints portrait.

// Mentions the DSL (so the organisation's contacts show), cites sources and has a scenario with a folded response.
const LESSON = { moduleId: "sextortion", lessonId: "sextortion-after", title: "After you have passed it on" };

/** The page as Chromium prints it, using the page's own @page size (as the print dialog does). */
async function printToPdf(page: Page, testInfo: TestInfo, name: string) {
  const file = testInfo.outputPath(`${name}.pdf`);
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: false });
  await testInfo.attach(`${name}-pdf`, { path: file, contentType: "application/pdf" });
  const info = spawnSync("pdfinfo", [file], { encoding: "utf8" }).stdout;
  const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info) ?? [];
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  // The words in reading order, however the page wrapped them.
  const text = spawnSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).stdout.replace(/\s+/g, " ");
  return { width: Math.round(Number(width)), height: Math.round(Number(height)), pages, text };
}

/** The print view as a picture, for the CI artefacts. */
async function attachPrintView(page: Page, testInfo: TestInfo, name: string) {
  await page.emulateMedia({ media: "print" });
  await testInfo.attach(name, { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
}

// A4 in PostScript points.
const A4_PORTRAIT = { width: 595, height: 842 };
const A4_LANDSCAPE = { width: 842, height: 595 };

test("a lesson prints on A4 portrait with its text and sources, and without the screen's controls", async ({
  page,
  newPerson,
  signIn,
  checkA11y,
}, testInfo) => {
  await signIn(page, await newPerson());
  await page.goto(`/course/${LESSON.moduleId}/lessons/${LESSON.lessonId}`);
  await expect(page.getByRole("heading", { level: 1, name: LESSON.title })).toBeVisible();

  // On screen: the button, and the controls the printout leaves out, so that their absence below means something.
  const printButton = page.getByRole("button", { name: "Print this lesson" });
  const onScreenOnly = [
    page.getByRole("banner"),
    page.getByRole("navigation", { name: "Breadcrumb" }),
    page.getByRole("navigation", { name: "Lesson steps" }),
    page.getByRole("navigation", { name: "Lesson navigation" }),
    page.getByRole("main").getByRole("link", { name: /worried about a child/ }),
    page.getByRole("link", { name: /Back to the text/ }).first(),
    page.locator("#get-help"),
    printButton,
  ];
  for (const control of onScreenOnly) await expect(control).toBeVisible();
  await checkA11y(page);
  await page.evaluate(() => {
    window.print = () => document.documentElement.setAttribute("data-printed", "yes");
  });
  await printButton.click();
  await expect(page.locator("html")).toHaveAttribute("data-printed", "yes");

  await page.emulateMedia({ media: "print" });
  for (const control of onScreenOnly) await expect(control).toBeHidden();
  await expect(page.getByRole("heading", { level: 1, name: LESSON.title })).toBeVisible();
  await expect(page.getByText("Passing a concern to your designated safeguarding lead")).toBeVisible();
  await expect(page.getByTestId("print-course-line")).toHaveText(/Module 3: .+/);
  // Citations kept: the footnote numbers in the text and the Sources list they point to.
  await expect(page.locator(".lesson-body .footnote-ref").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Sources" })).toBeVisible();
  await expect(page.locator("#sources-title + ol > li").first()).toBeVisible();
  // Nothing folded away: a scenario's suggested response prints, though on screen it waits to be opened.
  await expect(page.getByText("Treat him as you always have")).toBeVisible();
  await expect(page.getByRole("heading", { name: /Who to tell at/ })).toBeVisible();
  await attachPrintView(page, testInfo, "lesson-print-view");

  const pdf = await printToPdf(page, testInfo, "lesson-print");
  expect({ width: pdf.width, height: pdf.height }).toEqual(A4_PORTRAIT);
  expect(pdf.text).toContain(LESSON.title);
  expect(pdf.text).toContain("Sources");
  expect(pdf.text).toContain("Treat him as you always have");
  expect(pdf.text).toMatch(/1 of \d+/); // page numbers for a handout
  for (const screenOnly of [
    "Print this lesson",
    "Next lesson",
    "Back to the text",
    "Get help",
    "Skip to content",
    "worried about a child",
    "Show what to do",
  ]) {
    expect(pdf.text, screenOnly).not.toContain(screenOnly);
  }
  // No line runs off the page: pdftotext gives every word that is on it, so the Sources' last address is whole.
  const lastSourceAddress = await page.locator("#sources-title + ol > li a[href^='http']").last().getAttribute("href");
  expect(pdf.text.replace(/\s+/g, "")).toContain(lastSourceAddress!);
});

test("the worried card prints on one A4 portrait page, and a certificate on one A4 landscape page", async ({
  page,
  newPerson,
  completeCourse,
}, testInfo) => {
  const learner = await newPerson();
  const number = await completeCourse(page, learner);

  await page.goto("/course/worried-card");
  await expect(page.getByRole("heading", { level: 1, name: "If you are worried about a child" })).toBeVisible();
  await attachPrintView(page, testInfo, "worried-card-print-view");
  const card = await printToPdf(page, testInfo, "worried-card-print");
  expect({ width: card.width, height: card.height, pages: card.pages }).toEqual({ ...A4_PORTRAIT, pages: 1 });
  expect(card.text).toContain("If you are worried about a child");
  expect(card.text).not.toMatch(/\bPrint\b/); // the button (the card's own "print" is lower case)

  await page.emulateMedia({ media: "screen" });
  await page.goto(`/certificates/${number}`);
  await expect(page.getByRole("region", { name: "Certificate" })).toBeVisible();
  await attachPrintView(page, testInfo, "certificate-print-view");
  const certificate = await printToPdf(page, testInfo, "certificate-print");
  expect({ width: certificate.width, height: certificate.height, pages: certificate.pages }).toEqual({
    ...A4_LANDSCAPE,
    pages: 1,
  });
  expect(certificate.text).toContain("CERTIFICATE OF COMPLETION");
  expect(fs.existsSync(testInfo.outputPath("certificate-print.pdf"))).toBe(true);
});
