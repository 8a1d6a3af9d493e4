import fs from "node:fs";
import { expect, test } from "./fixtures";

// Due dates used to be stored as 23:59:59 UTC, which is 00:59:59 the next day in London in summer: a due date of
// 30 June showed as 1 July. This follows one summer due date from the assign form to every page that shows it.
test("a due date in British Summer Time shows as the day the trainer chose, to the trainer, in the export and to the learner", async ({
  page,
  browser,
  db,
  newPerson,
  newOrganisation,
  signIn,
}) => {
  const org = await newOrganisation(["Summer Site"]);
  const learner = await newPerson("LEARNER", org.id, [org.groups[0]!.id]);
  const trainer = await newPerson("TRAINER", org.id);

  await signIn(page, trainer);
  await page.goto("/trainer/assign");
  await page.getByLabel("These people").check();
  await page.getByLabel("Email addresses").fill(learner.email);
  await page.getByLabel("Due date").fill("2031-06-30");
  await page.getByRole("button", { name: "Assign" }).click();
  await expect(page.getByText(`Assigned to ${learner.name}, due 30 June 2031.`)).toBeVisible();
  // The end of 30 June in London.
  expect((await db.enrolment.findFirstOrThrow({ where: { userId: learner.id } })).dueAt?.toISOString()).toBe(
    "2031-06-30T22:59:59.999Z",
  );

  await page.goto("/trainer");
  await expect(page.getByTestId("learner-row").filter({ hasText: learner.name })).toContainText("30 Jun 2031");

  const csvDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const csv = fs.readFileSync(await (await csvDownload).path(), "utf8");
  const row = csv.split(/\r?\n/).find((line) => line.includes(learner.email));
  expect(row).toContain("30 June 2031");
  expect(row).not.toContain("1 July 2031");

  await page.goto(`/trainer/learners/${learner.id}`);
  await expect(page.getByText("Due 30 June 2031")).toBeVisible();

  const learnerPage = await (await browser.newContext()).newPage();
  await signIn(learnerPage, learner);
  await learnerPage.goto("/course");
  await expect(learnerPage.getByText("Please complete this course by 30 June 2031.")).toBeVisible();
});
