import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { expect, test } from "./fixtures";

test("a trainer assigns the course, sees a learner overdue, filters, exports CSV and prints certificates; another organisation's trainer sees none of it", async ({
  page,
  browser,
  db,
  newPerson,
  newOrganisation,
  signIn,
  completeCourse,
  checkA11y,
}) => {
  // A whole trainer's morning in one test (about 35 s alone): room for a slower machine.
  test.setTimeout(120_000);
  const org = await newOrganisation(["Site One"]);
  const site = org.groups[0]!;
  const late = await newPerson("LEARNER", org.id, [site.id]);
  const done = await newPerson("LEARNER", org.id, [site.id]);
  const trainer = await newPerson("TRAINER", org.id);

  // One learner completes the course, so there is a certificate to print.
  const doneCertificate = await completeCourse(await (await browser.newContext()).newPage(), done);

  // The trainer assigns it to the other learner with a due date that has passed.
  await signIn(page, trainer);
  await page.goto("/trainer/assign");
  await checkA11y(page);
  await page.getByLabel("These people").check();
  await page.getByLabel("Email addresses").fill(late.email);
  const yesterday = new Date(Date.now() - 24 * 3600 * 1000).toISOString().slice(0, 10);
  await page.getByLabel("Due date").fill(yesterday);
  await page.getByRole("button", { name: "Assign" }).click();
  const yesterdayInWords = new Date(`${yesterday}T00:00:00Z`).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  await expect(page.getByText(`Assigned to ${late.name}, due ${yesterdayInWords}.`)).toBeVisible();
  // A date already passed is pointed out, and the learner is told the course and the date.
  await expect(page.getByText("That date has already passed")).toBeVisible();
  await expect.poll(() => db.emailMessage.count({ where: { toEmail: late.email, kind: "assignment" } })).toBe(1);
  expect((await db.emailMessage.findFirstOrThrow({ where: { toEmail: late.email, kind: "assignment" } })).subject).toBe(
    `Safeguarding training to complete by ${yesterdayInWords}`,
  );

  // The dashboard shows them overdue, in red, and the headline counts agree.
  await page.goto("/trainer");
  await expect(page.getByRole("heading", { name: `Compliance: ${org.name}` })).toBeVisible();
  // It has the full width: the Get help panel follows it, closed, and the header's "Get help" opens it.
  const help = page.getByRole("complementary", { name: "Get help" });
  const main = (await page.getByRole("main").boundingBox())!;
  expect((await help.boundingBox())!.y).toBeGreaterThanOrEqual(main.y + main.height);
  await expect(help.locator("details")).not.toHaveAttribute("open");
  await page.getByRole("banner").getByRole("link", { name: "Get help" }).click();
  await expect(help.locator("details")).toHaveAttribute("open");
  await expect(page.getByTestId("headline-overdue")).toHaveText("1");
  await expect(page.getByTestId("headline-completed")).toHaveText("1");
  const lateRow = page.getByTestId("learner-row").filter({ hasText: late.name });
  await expect(lateRow).toContainText("Overdue");
  await expect(lateRow.getByTestId("days-overdue")).toHaveText("1 day overdue");
  await checkA11y(page);

  // The Overdue figure is also a filter: it lists exactly the people it counts, and again shows everyone.
  await page.getByRole("link", { name: /^Overdue/ }).click();
  await expect(page).toHaveURL(/status=overdue/);
  await expect(page.getByTestId("learner-row")).toHaveCount(1);
  await page.getByRole("link", { name: /Show everyone/ }).click();
  await expect(page).not.toHaveURL(/status=/);
  await expect(page.getByTestId("learner-row")).toHaveCount(2);

  // Filtering by status leaves just them.
  await page.getByLabel("Status").selectOption("overdue");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByTestId("learner-row")).toHaveCount(1);
  await expect(page.getByTestId("learner-count")).toHaveText("1 person match");

  // The CSV export of the filtered table.
  const csvDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const csv = fs.readFileSync(await (await csvDownload).path(), "utf8");
  const lines = csv
    .replace(/^\uFEFF/, "")
    .trim()
    .split(/\r?\n/);
  expect(lines[0]).toContain("Name,Email,Groups,Status");
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(late.email);
  expect(lines[1]).toContain("Overdue");

  // The bulk certificate PDF for the learner who completed.
  // Nothing to download until someone is ticked: the button says so rather than answering with an error.
  await page.goto("/trainer");
  const download = page.getByRole("button", { name: /Download certificates of selected people/ });
  await expect(download).toBeDisabled();
  await expect(page.getByText("Tick people to send them a reminder or download their certificates.")).toBeVisible();
  await page.getByLabel(`Select ${done.name}`).check();
  await expect(download).toBeEnabled();
  await expect(download).toContainText("(1 selected)");
  const pdfDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download certificates of selected people (PDF)" }).click();
  const text = spawnSync("pdftotext", ["-layout", await (await pdfDownload).path(), "-"], { encoding: "utf8" }).stdout;
  expect(text).toContain(done.name);
  expect(text).toContain(doneCertificate);

  // The learner's own record, for the trainer.
  await page.getByRole("link", { name: late.name }).click();
  await expect(page.getByRole("heading", { name: late.name })).toBeVisible();
  await checkA11y(page);

  // A trainer of another organisation cannot see any of it, even with the ids.
  const other = await newOrganisation();
  const outsider = await (await browser.newContext()).newPage();
  await signIn(outsider, await newPerson("TRAINER", other.id));
  expect((await outsider.goto(`/trainer/learners/${late.id}`))?.status()).toBe(404);
  expect((await outsider.goto(`/trainer?org=${org.id}`))?.status()).toBe(404);
  await outsider.goto("/trainer");
  await expect(outsider.getByTestId("learner-row").filter({ hasText: late.name })).toHaveCount(0);
  expect((await outsider.request.get(`/trainer/export.csv?org=${org.id}`)).status()).toBe(403);
  expect((await outsider.request.get(`/trainer/certificates.pdf?org=${org.id}&userId=${done.id}`)).status()).toBe(403);
  const ownOrgPdf = await outsider.request.get(`/trainer/certificates.pdf?userId=${done.id}`);
  expect(ownOrgPdf.status()).toBe(404);
  // The same by the dashboard's form POST, and a POST from another site even by the trainer who may see them.
  expect(
    (await outsider.request.post("/trainer/certificates.pdf", { form: { org: org.id, userId: done.id } })).status(),
  ).toBe(403);
  const crossSite = await page.request.post("/trainer/certificates.pdf", {
    form: { userId: done.id },
    headers: { Origin: "https://elsewhere.example" },
  });
  expect(crossSite.status()).toBe(403);

  // The learner sees their due date, in red.
  const lateLearner = await (await browser.newContext()).newPage();
  await signIn(lateLearner, late);
  await expect(lateLearner.getByTestId("due-date")).toContainText("Overdue");
});

test("an administrator limits a trainer to one group, and the trainer then sees only that group's learners", async ({
  page,
  browser,
  newPerson,
  newOrganisation,
  signIn,
  db,
}) => {
  const org = await newOrganisation(["North Site", "South Site"]);
  const [north, south] = org.groups;
  const northLearner = await newPerson("LEARNER", org.id, [north!.id]);
  const southLearner = await newPerson("LEARNER", org.id, [south!.id]);
  const trainer = await newPerson("TRAINER", org.id);

  await signIn(page, await newPerson("ADMIN"));
  await page.goto(`/admin/people/${trainer.id}`);
  await page.getByLabel("Trainer for North Site").check();
  await page.getByRole("button", { name: "Save groups" }).click();
  await expect(page.getByText("Groups saved.")).toBeVisible();
  expect(await db.trainerGroup.count({ where: { trainerId: trainer.id } })).toBe(1);

  const trainerPage = await (await browser.newContext()).newPage();
  await signIn(trainerPage, trainer);
  await trainerPage.goto("/trainer");
  await expect(trainerPage.getByTestId("learner-row").filter({ hasText: northLearner.name })).toHaveCount(1);
  await expect(trainerPage.getByTestId("learner-row").filter({ hasText: southLearner.name })).toHaveCount(0);
  expect((await trainerPage.goto(`/trainer/learners/${southLearner.id}`))?.status()).toBe(404);
  expect((await trainerPage.goto(`/trainer/learners/${northLearner.id}`))?.status()).toBe(200);
});
