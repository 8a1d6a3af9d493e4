import { expect, test } from "./fixtures";

// A trainer chasing before a deadline: everyone overdue in one press, chosen people from the table, and one person
// from their record (remind, a new due date, their invitation again), each answered in words and logged on the record.
test("a trainer reminds everyone overdue, then chosen people, and chases one learner from their record", async ({
  page,
  db,
  newPerson,
  newOrganisation,
  signIn,
  course,
}) => {
  test.setTimeout(120_000);
  const org = await newOrganisation(["Reception"]);
  const late = await newPerson("LEARNER", org.id, [org.groups[0]!.id]);
  const notStarted = await newPerson("LEARNER", org.id, [org.groups[0]!.id]);
  const trainer = await newPerson("TRAINER", org.id);
  await db.enrolment.updateMany({
    where: { userId: late.id },
    data: { dueAt: new Date(Date.now() - 5 * 86_400_000) },
  });
  await db.enrolment.updateMany({
    where: { userId: notStarted.id },
    data: { dueAt: new Date(Date.now() + 20 * 86_400_000) },
  });
  // Imported without a welcome email: an account with no password that has never been used.
  const neverSetUp = await db.user.create({
    data: {
      email: `never-${Date.now()}@e2e.example`,
      name: "E2E Never Set Up",
      searchName: "e2e never set up",
      role: "LEARNER",
      organisationId: org.id,
    },
  });
  await db.enrolment.create({ data: { userId: neverSetUp.id, organisationId: org.id, courseId: course.id } });

  await signIn(page, trainer);
  await page.goto("/trainer");

  // Everyone overdue, in one press: only the overdue learner is emailed, in the trainer's name.
  const remindOverdue = page.getByRole("button", { name: "Send a reminder to everyone overdue (1)" });
  await remindOverdue.click();
  await expect(page.getByTestId("remind-overdue")).toContainText(/1 person/);
  const toLate = await db.emailMessage.findMany({ where: { toUserId: late.id, kind: "reminder-trainer" } });
  expect(toLate).toHaveLength(1);
  expect(toLate[0]!.subject).toBe("Reminder: your safeguarding training is overdue");
  expect(toLate[0]!.text).toContain(`${trainer.name} at ${org.name} has asked us to remind you`);
  expect(await db.emailMessage.count({ where: { toUserId: notStarted.id } })).toBe(0);

  // Chosen people: nothing to send until someone is ticked; the overdue learner, reminded a moment ago, is not
  // sent a second one.
  const remindSelected = page.getByRole("button", { name: /Send a reminder to selected people/ });
  await expect(remindSelected).toBeDisabled();
  await page.getByLabel(`Select ${notStarted.name}`).check();
  await page.getByLabel(`Select ${late.name}`).check();
  await expect(remindSelected).toContainText("(2 selected)");
  await remindSelected.click();
  const answer = page.getByTestId("selection-action-message");
  await expect(answer).toContainText("1 person");
  await expect(answer).toContainText("already had a reminder from a trainer in the last 20 hours");
  expect(await db.emailMessage.count({ where: { toUserId: notStarted.id, kind: "reminder-trainer" } })).toBe(1);
  expect(await db.emailMessage.count({ where: { toUserId: late.id, kind: "reminder-trainer" } })).toBe(1);
  // Each reminder is in the audit log against its learner.
  expect(
    await db.auditEvent.count({ where: { action: "reminder.sent", targetId: { in: [late.id, notStarted.id] } } }),
  ).toBe(2);

  // The overdue learner's record: the reminder is listed in words, each module's status is shown, and a new due date
  // takes them out of overdue.
  await page.goto(`/trainer/learners/${late.id}`);
  await expect(page.getByTestId("learner-emails")).toContainText("Reminder from a trainer");
  await expect(page.getByTestId("module-standing")).toHaveCount(course.modules.length);
  await expect(page.getByTestId("module-standing").first()).toContainText("Not started");
  await expect(page.getByText("Overdue", { exact: true }).first()).toBeVisible();
  const nextYear = new Date().getUTCFullYear() + 1;
  await page.getByLabel("New due date").fill(`${nextYear}-03-31`);
  await page.getByRole("button", { name: "Change due date" }).click();
  await expect(page.getByText(new RegExp(`Due date changed from .+ to 31 March ${nextYear}\\.`))).toBeVisible();
  await page.reload();
  await expect(page.getByText(`Due 31 March ${nextYear}`)).toBeVisible();
  const audit = await db.auditEvent.findFirstOrThrow({
    where: { action: "enrolment.due-date-changed", targetId: late.id },
  });
  expect(audit.details).toMatchObject({ to: `${nextYear}-03-31`, emailed: true });
  expect(await db.emailMessage.count({ where: { toUserId: late.id, kind: "assignment" } })).toBe(1);
  // They have signed in with a password before: no invitation to resend.
  await expect(page.getByRole("button", { name: "Resend invitation" })).toHaveCount(0);

  // Someone who never set up their account: their invitation goes again, with a fresh link.
  await page.goto(`/trainer/learners/${neverSetUp.id}`);
  await page.getByRole("button", { name: "Resend invitation" }).click();
  await expect(
    page.getByText(/New invitation to never-.+ made, with a link for 14 days|Invitation sent again/),
  ).toBeVisible();
  const welcome = await db.emailMessage.findFirstOrThrow({ where: { toUserId: neverSetUp.id, kind: "welcome" } });
  expect(welcome.subject).toBe(`Your safeguarding training with ${org.name}`);
  expect(await db.passwordReset.count({ where: { userId: neverSetUp.id, usedAt: null } })).toBe(1);
});

test("a trainer cannot remind, or move the due date of, someone outside the people they manage", async ({
  page,
  db,
  newPerson,
  newOrganisation,
  signIn,
}) => {
  const org = await newOrganisation(["Site A", "Site B"]);
  const other = await newPerson("LEARNER", org.id, [org.groups[1]!.id]);
  const trainer = await newPerson("TRAINER", org.id);
  // Limited to Site A: Site B's learner is not theirs.
  await db.trainerGroup.create({ data: { trainerId: trainer.id, groupId: org.groups[0]!.id } });
  await signIn(page, trainer);
  const response = await page.goto(`/trainer/learners/${other.id}`);
  expect(response?.status()).toBe(404);
  expect(await db.emailMessage.count({ where: { toUserId: other.id } })).toBe(0);
});
