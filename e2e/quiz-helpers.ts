import type { Page } from "@playwright/test";
import type { TModule } from "../lib/course/types";

/**
 * Answers every question the quiz form shows (a draw from the module's bank), all right or all wrong,
 * as a learner would: by label. Returns the ids of the questions asked, in the order shown.
 */
export async function answerQuiz(page: Page, module: TModule, mode: "right" | "wrong"): Promise<string[]> {
  const fieldsets = page.locator("fieldset[data-question-id]");
  await fieldsets.first().waitFor();
  // Read attribute by attribute (not by evaluating script), so this works on a page with JavaScript off.
  const asked = await Promise.all((await fieldsets.all()).map(async (f) => (await f.getAttribute("data-question-id"))!));
  for (const [i, id] of asked.entries()) {
    const q = module.quiz.questions.find((x) => x.id === id)!;
    const group = page.getByRole("group", { name: new RegExp(`^Question ${i + 1} of ${asked.length}\\.`) });
    const right = q.options.filter((o) => o.correct);
    const wrong = q.options.filter((o) => !o.correct);
    const picks = mode === "right" ? right : wrong.slice(0, 1);
    for (const option of picks) await group.getByLabel(option.text, { exact: true }).check();
  }
  return asked;
}
