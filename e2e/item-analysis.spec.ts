import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";

test("a trainer sees which questions their staff get wrong, the wrong answer chosen most and the lesson to go over, as totals only", async ({
  page,
  newPerson,
  newOrganisation,
  signIn,
  course,
  db,
  checkA11y,
}) => {
  const org = await newOrganisation(["Site A"]);
  const first = course.modules[0]!;
  const hard = first.quiz.questions[0]!;
  const tempting = hard.options.find((o) => !o.correct)!;
  const right = (q: typeof hard) => q.options.filter((o) => o.correct).map((o) => o.id);
  // Five attempts at the first module: four choose the same wrong answer to its first question.
  for (let i = 0; i < 5; i++) {
    const learner = await newPerson("LEARNER", org.id, i < 2 ? [org.groups[0]!.id] : []);
    const wrongHere = i < 4;
    const answers = Object.fromEntries(
      first.quiz.questions.map((q) => [
        q.id,
        q === hard && wrongHere ? { selected: [tempting.id], correct: false } : { selected: right(q), correct: true },
      ]),
    );
    const correctCount = first.quiz.questions.length - (wrongHere ? 1 : 0);
    const now = new Date();
    await db.quizAttempt.create({
      data: {
        userId: learner.id,
        submissionId: randomUUID(),
        courseId: course.id,
        courseVersion: course.version,
        moduleId: first.id,
        quizId: first.quiz.id,
        answers,
        correctCount,
        questionCount: first.quiz.questions.length,
        scorePercent: Math.floor((correctCount * 100) / first.quiz.questions.length),
        passMark: first.passMark,
        passed: false,
        startedAt: new Date(now.getTime() - 60_000),
        submittedAt: now,
        durationSeconds: 60,
      },
    });
  }

  await signIn(page, await newPerson("TRAINER", org.id));
  await page.goto(`/trainer?org=${org.id}`);
  await page
    .getByRole("navigation", { name: "Trainer tasks" })
    .getByRole("link", { name: "What staff get wrong" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "What staff get wrong" })).toBeVisible();

  const hardest = page.getByTestId("hardest-question").first();
  await expect(hardest).toContainText(hard.prompt);
  await expect(hardest).toContainText("20% right of 5 answers.");
  await expect(hardest).toContainText(`Most chosen wrong answer: “${tempting.text}”.`);
  const lesson = course.modules.flatMap((m) => m.lessons).find((l) => l.id === hard.lessonId)!;
  await expect(hardest.getByRole("link", { name: lesson.title })).toHaveAttribute(
    "href",
    `/course/${lesson.moduleId}/lessons/${lesson.id}`,
  );

  const row = page.getByRole("table", { name: first.title }).getByRole("row").filter({ hasText: hard.prompt });
  await expect(row.getByRole("cell").nth(0)).toHaveText("5");
  await expect(row.getByRole("cell").nth(1)).toHaveText("20%");
  await expect(row.getByRole("cell").nth(2)).toHaveText(`${tempting.text} (4)`);
  await checkA11y(page);

  // A group of two: their answers are counted but the figures withheld, so neither person's answer can be told.
  await page.getByLabel("Group").selectOption({ label: "Site A" });
  await page.getByRole("button", { name: "Show" }).click();
  await expect(row.getByRole("cell").nth(0)).toHaveText("2");
  await expect(row.getByRole("cell").nth(1)).toHaveText("Fewer than 5 people");
  await expect(row.getByRole("cell").nth(2)).toHaveText("–");
  await expect(page.getByText("Not enough answers yet")).toBeVisible();
});

test("an administrator can see every organisation's answers together", async ({ page, newPerson, signIn }) => {
  await signIn(page, await newPerson("ADMIN"));
  await page.goto("/trainer/questions?org=all");
  await expect(page.getByText("How people in every organisation answered each quiz question")).toBeVisible();
  await expect(page.getByLabel("Organisation")).toHaveValue("all");
});
