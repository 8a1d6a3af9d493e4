import type { Page } from "@playwright/test";
import type { TModule } from "../lib/course/types";

/**
 * Answers every question the quiz form shows (a draw from the module's bank), all right or all wrong,
 * as a learner would: by label. Returns the ids of the questions asked, in the order shown.
 * `leaveBlank`: the places (from 0) of questions to leave unanswered.
 */
export async function answerQuiz(
  page: Page,
  module: TModule,
  mode: "right" | "wrong",
  { leaveBlank = [] }: { leaveBlank?: number[] } = {},
): Promise<string[]> {
  const fieldsets = page.locator("fieldset[data-question-id]");
  await fieldsets.first().waitFor();
  // Read attribute by attribute (not by evaluating script), so this works on a page with JavaScript off.
  const asked = await Promise.all(
    (await fieldsets.all()).map(async (f) => (await f.getAttribute("data-question-id"))!),
  );
  for (const [i, id] of asked.entries()) {
    if (leaveBlank.includes(i)) continue;
    for (const option of quizPicks(module, id, mode))
      await questionGroup(page, i, asked.length).getByLabel(option.text, { exact: true }).check();
  }
  return asked;
}

/** The options answerQuiz picks for a question: its right ones, or its first wrong one. */
export function quizPicks(module: TModule, questionId: string, mode: "right" | "wrong") {
  const q = module.quiz.questions.find((x) => x.id === questionId)!;
  return mode === "right" ? q.options.filter((o) => o.correct) : q.options.filter((o) => !o.correct).slice(0, 1);
}

/** The fieldset of the question shown at this place (from 0) in a form of `count` questions. */
export function questionGroup(page: Page, index: number, count: number) {
  return page.getByRole("group", { name: new RegExp(`^Question ${index + 1} of ${count}\\.`) });
}

/** Every question's right option ids, by question id, across the course: what an API client sends to pass. */
export function rightAnswersByQuestion(modules: readonly TModule[]): Map<string, string[]> {
  return new Map(
    modules.flatMap((m) =>
      m.quiz.questions.map((q) => [q.id, q.options.filter((o) => o.correct).map((o) => o.id)] as const),
    ),
  );
}
