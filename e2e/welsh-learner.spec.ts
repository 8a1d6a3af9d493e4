import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { readLesson } from "./lesson-helpers";
import { quizPicks } from "./quiz-helpers";
import type { TModule } from "../lib/course/types";

// Welsh Language Standards: a learner who reads the interface in Welsh does the whole course in Welsh, from the
// course list to their certificate. The course's own words (lessons, questions) stay as content/ writes them.

const welshDate = (date: Date) =>
  new Intl.DateTimeFormat("cy", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/London" }).format(
    date,
  );

/** Answers every question shown, all right or all wrong, finding each question by its Welsh group name. */
async function answerInWelsh(page: Page, module: TModule, mode: "right" | "wrong") {
  const fieldsets = page.locator("fieldset[data-question-id]");
  await fieldsets.first().waitFor();
  const asked = await Promise.all(
    (await fieldsets.all()).map(async (f) => (await f.getAttribute("data-question-id"))!),
  );
  for (const [i, id] of asked.entries()) {
    const group = page.getByRole("group", { name: new RegExp(`^Cwestiwn ${i + 1} o ${asked.length}\\.`) });
    for (const option of quizPicks(module, id, mode)) await group.getByLabel(option.text, { exact: true }).check();
  }
  return asked;
}

test("a Welsh-speaking learner goes through the course, a lesson, the quiz, their certificate and reading settings in Welsh", async ({
  page,
  db,
  course,
  newPerson,
  signIn,
  recordPasses,
  lookInWelsh,
}) => {
  test.setTimeout(120_000);
  const learner = await newPerson("LEARNER");
  await db.user.update({ where: { id: learner.id }, data: { language: "cy" } });
  const last = course.modules[course.modules.length - 1]!;
  await recordPasses(
    learner.id,
    course.modules.slice(0, -1).map((m) => m.id),
  );
  await signIn(page, learner);

  // The course list: headings, statuses, progress and the way on, in Welsh.
  await expect(page.getByRole("heading", { level: 2, name: "Modiwlau" })).toBeVisible();
  await expect(page.getByTestId("progress-summary")).toContainText(
    `${course.modules.length - 1} o ${course.modules.length} modiwl wedi'u pasio`,
  );
  await expect(page.getByText("Wedi pasio", { exact: true }).first()).toBeVisible();
  await expect(page.getByTestId("continue")).toContainText(`Parhau: Modiwl ${course.modules.length}`);
  // The course's and the help panel's review dates are Welsh dates, not ISO ones.
  await expect(page.getByText(/Adolygwyd yr ystadegau ddiwethaf \d{1,2} \p{L}+ \d{4}\.$/u)).toBeVisible();
  await expect(page.locator("#get-help")).toContainText(/Gwiriwyd y manylion cyswllt \d{1,2} \p{L}+ \d{4}\./u);
  await expect(page.getByRole("complementary", { name: "Cael help" })).toContainText("0800 1111");
  await lookInWelsh(page, "welsh-course");

  // A lesson: where it is in the module, the way on, and its sources.
  for (const lesson of last.lessons.slice(1)) await readLesson(page, last.id, lesson.id);
  const lesson = last.lessons[0]!;
  await readLesson(page, last.id, lesson.id);
  await expect(page.getByRole("heading", { level: 1, name: lesson.title })).toBeVisible();
  await expect(page.getByText(`Gwers 1 o ${last.lessons.length} · tua ${lesson.estimatedMinutes} munud`)).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Briwsion bara" }).getByRole("link", { name: "Cwrs" }),
  ).toBeVisible();
  const nextLesson = last.lessons[1];
  await expect(
    page.getByRole("button", { name: nextLesson ? `Nesaf: ${nextLesson.title} →` : "Gwneud cwis y modiwl →" }),
  ).toBeVisible();
  if (lesson.sourceIds.length) await expect(page.getByRole("heading", { name: "Ffynonellau" })).toBeVisible();
  await lookInWelsh(page, "welsh-lesson");

  // The quiz, failed: the result is said, and the review keeps the right answers back.
  await page.goto(`/course/${last.id}/quiz`);
  await expect(page.getByRole("heading", { level: 1, name: `Cwis: ${last.title}` })).toBeVisible();
  await lookInWelsh(page, "welsh-quiz");
  const asked = await answerInWelsh(page, last, "wrong");
  await page.getByRole("button", { name: "Cyflwyno'r atebion" }).click();
  const result = page.getByTestId("quiz-result");
  await expect(result.getByRole("heading", { level: 1, name: "Heb basio y tro hwn" })).toBeVisible();
  await expect(page.getByTestId("announcement")).toHaveText(
    `Heb basio y tro hwn: cawsoch 0%, 0 o ${asked.length} yn gywir. Y marc llwyddo yw ${last.passMark}%.`,
  );
  await expect(result).toContainText(`Roedd ${asked.length} ateb yn anghywir`);
  await expect(page.getByText("✗ Anghywir")).toHaveCount(asked.length);
  await lookInWelsh(page, "welsh-quiz-failed");

  // Retaken and passed: the review shows each answer right, and the way on.
  await page.getByRole("link", { name: "Rhoi cynnig arall ar y cwis" }).click();
  const retake = await answerInWelsh(page, last, "right");
  await page.getByRole("button", { name: "Cyflwyno'r atebion" }).click();
  await expect(result.getByRole("heading", { level: 1, name: "Rydych wedi pasio'r modiwl hwn" })).toBeVisible();
  await expect(page.getByTestId("announcement")).toHaveText(
    `Rydych wedi pasio'r modiwl hwn: cawsoch 100%, ${retake.length} o ${retake.length} yn gywir. Y marc llwyddo yw ${last.passMark}%.`,
  );
  await expect(result).toContainText("Roedd pob ateb yn gywir.");
  await expect(page.getByRole("heading", { level: 2, name: "Eich atebion" })).toBeVisible();
  await expect(page.getByText("✓ Cywir")).toHaveCount(retake.length);
  await lookInWelsh(page, "welsh-attempt-review");

  // The certificate: on the course page, then in full, with its dates in Welsh.
  const certificate = await db.certificate.findFirstOrThrow({ where: { userId: learner.id } });
  await page.goto("/course");
  const card = page.getByRole("region", { name: "Eich tystysgrif" });
  await expect(card.getByTestId("certificate-status")).toHaveText("Dilys");
  await expect(card).toContainText(`Cwblhawyd ${welshDate(certificate.completedAt)}`);
  await card.getByRole("link", { name: "Gweld ac argraffu" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "TYSTYSGRIF CWBLHAU" })).toBeVisible();
  const sheet = page.getByRole("region", { name: "Tystysgrif" });
  await expect(
    sheet
      .locator("div")
      .filter({ hasText: /^Cwblhawyd/ })
      .getByRole("definition"),
  ).toHaveText(welshDate(certificate.completedAt));
  await expect(
    sheet
      .locator("div")
      .filter({ hasText: /^Yn ddilys tan/ })
      .getByRole("definition"),
  ).toHaveText(welshDate(certificate.expiresAt));
  await expect(page.getByRole("button", { name: "Argraffu" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Llwytho'r PDF i lawr" })).toBeVisible();
  await lookInWelsh(page, "welsh-certificate");

  // Reading settings: every choice named in Welsh, and the answer to saving too.
  await page.goto("/account/reading");
  await expect(page.getByRole("heading", { level: 1, name: "Gosodiadau darllen" })).toBeVisible();
  await expect(page.getByRole("group", { name: "Maint y testun" })).toBeVisible();
  await page.getByRole("radio", { name: "Mawr", exact: true }).check();
  await page.getByRole("button", { name: "Cadw'r gosodiadau darllen" }).click();
  await expect(page.getByText("Mae eich gosodiadau darllen wedi'u cadw.")).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("data-text-size", "large");
  await lookInWelsh(page, "welsh-reading-settings");
});
