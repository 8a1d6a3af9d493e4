import type { Page } from "@playwright/test";
import type { TModule } from "../lib/course/types";

/** Answers every question of a module's quiz, all right or all wrong, as a learner would: by label. */
export async function answerQuiz(page: Page, module: TModule, mode: "right" | "wrong"): Promise<void> {
  const total = module.quiz.questions.length;
  for (const [i, q] of module.quiz.questions.entries()) {
    const group = page.getByRole("group", { name: new RegExp(`^Question ${i + 1} of ${total}\\.`) });
    const right = q.options.filter((o) => o.correct);
    const wrong = q.options.filter((o) => !o.correct);
    const picks = mode === "right" ? right : wrong.slice(0, 1);
    for (const option of picks) await group.getByLabel(option.text, { exact: true }).check();
  }
}
