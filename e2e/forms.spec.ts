import { expect, test } from "./fixtures";
import { answerQuiz, questionGroup, quizPicks } from "./quiz-helpers";

// React resets a form after its action; a form sent back for correction must still show what the person chose.

test("a quiz sent back for one blank answer keeps every other chosen answer, and answering the blank one passes", async ({
  page,
  newPerson,
  openLessons,
  signIn,
  course,
  db,
}) => {
  const learner = await newPerson();
  const first = course.modules[0]!;
  await openLessons(learner.id, [first.id]);
  await signIn(page, learner);
  await page.goto(`/course/${first.id}/quiz`);

  const blank = 3;
  const asked = await answerQuiz(page, first, "right", { leaveBlank: [blank] });
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(page.getByTestId("quiz-message")).toContainText("Please answer every question before submitting.");
  expect(await db.quizAttempt.count({ where: { userId: learner.id } })).toBe(0);

  // Every other answer is still ticked, without the learner touching anything.
  for (const [i, id] of asked.entries()) {
    const group = questionGroup(page, i, asked.length);
    for (const option of quizPicks(first, id, "right")) {
      if (i === blank) await expect(group.getByLabel(option.text, { exact: true })).not.toBeChecked();
      else await expect(group.getByLabel(option.text, { exact: true }), `question ${i + 1}`).toBeChecked();
    }
  }

  for (const option of quizPicks(first, asked[blank]!, "right"))
    await questionGroup(page, blank, asked.length).getByLabel(option.text, { exact: true }).check();
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(page.getByTestId("quiz-result").getByRole("heading", { name: "You passed this module" })).toBeVisible();
  const attempt = await db.quizAttempt.findFirstOrThrow({ where: { userId: learner.id, moduleId: first.id } });
  expect(attempt.passed).toBe(true);
  expect(Object.keys(attempt.answers as object).sort()).toEqual([...asked].sort());
});

test("after assigning group B the form still shows group B and says so, so correcting the date reaches group B again", async ({
  page,
  newPerson,
  newOrganisation,
  signIn,
  db,
}) => {
  const org = await newOrganisation(["Group A", "Group B"]);
  const [groupA, groupB] = [...org.groups].sort((a, b) => a.name.localeCompare(b.name));
  const inA = await newPerson("LEARNER", org.id, [groupA!.id]);
  const inB = await newPerson("LEARNER", org.id, [groupB!.id]);
  const trainer = await newPerson("TRAINER", org.id);
  await signIn(page, trainer);
  await page.goto("/trainer/assign");

  await page.getByLabel("A group").check();
  await page.getByLabel("Group", { exact: true }).selectOption({ label: "Group B" });
  await page.getByLabel("Due date").fill("2031-03-30");
  await page.getByRole("button", { name: "Assign" }).click();
  await expect(page.getByText("Assigned to 1 person in Group B, due 30 March 2031.")).toBeVisible();
  await expect(page.getByLabel("Group", { exact: true })).toHaveValue(groupB!.id);
  await expect(page.getByLabel("A group")).toBeChecked();
  await expect(page.getByLabel("Due date")).toHaveValue("2031-03-30");

  // The trainer corrects only the date: it goes to group B again, never to the first group in the list.
  await page.getByLabel("Due date").fill("2031-03-31");
  await page.getByRole("button", { name: "Assign" }).click();
  await expect(page.getByText("Assigned to 1 person in Group B, due 31 March 2031.")).toBeVisible();
  await expect(page.getByLabel("Group", { exact: true })).toHaveValue(groupB!.id);
  const due = async (userId: string) => (await db.enrolment.findFirstOrThrow({ where: { userId } })).dueAt;
  expect((await due(inB.id))?.toISOString().slice(0, 10)).toBe("2031-03-31");
  expect(await due(inA.id)).toBeNull();
});

test("an invitation refused keeps the name, email, role and groups entered; one sent clears the form for the next", async ({
  page,
  newPerson,
  newOrganisation,
  signIn,
  db,
}) => {
  const org = await newOrganisation(["Kitchen"]);
  const existing = await newPerson("LEARNER", org.id);
  await signIn(page, await newPerson("ADMIN"));
  await page.goto(`/trainer/invite?org=${org.id}`);
  await page.getByLabel("Name").fill("Tam Taken");
  await page.getByLabel("Email").fill(existing.email);
  await page.getByLabel("Role").selectOption("TRAINER");
  await page.getByLabel("Kitchen").check();
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`${existing.email} already has an account.`)).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveValue("Tam Taken");
  await expect(page.getByLabel("Email")).toHaveValue(existing.email);
  await expect(page.getByLabel("Role")).toHaveValue("TRAINER");
  await expect(page.getByLabel("Kitchen")).toBeChecked();

  // Correcting only the address sends the invitation as entered, and the form starts blank for the next person.
  const email = `tam-${Date.now()}@e2e.example`;
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invitation to ${email} made, but not sent`)).toBeVisible();
  expect(await db.invitation.findFirstOrThrow({ where: { email } })).toMatchObject({
    name: "Tam Taken",
    role: "TRAINER",
    groupIds: [org.groups[0]!.id],
  });
  await expect(page.getByLabel("Name")).toHaveValue("");
  await expect(page.getByLabel("Kitchen")).not.toBeChecked();
});
