import { expect, test } from "./fixtures";

// An administrator works on any organisation through ?org=: the pages they move between keep it, and what they
// do there is recorded under it, not under their own.

test("an administrator in another organisation's invite, import and learner pages follows the breadcrumb back to that organisation", async ({
  page,
  newPerson,
  newOrganisation,
  signIn,
}) => {
  const other = await newOrganisation(["Annexe"]);
  const learner = await newPerson("LEARNER", other.id);
  // The administrator belongs to the demo organisation: losing ?org= would land them there.
  await signIn(page, await newPerson("ADMIN"));
  const breadcrumb = page.getByRole("navigation", { name: "Breadcrumb" });

  for (const path of [
    `/trainer/invite?org=${other.id}`,
    `/trainer/import?org=${other.id}`,
    `/trainer/learners/${learner.id}`,
  ]) {
    await page.goto(path);
    await breadcrumb.getByRole("link", { name: "Compliance" }).click();
    await expect(page, path).toHaveURL(new RegExp(`/trainer\\?org=${other.id}$`));
    await expect(page.getByRole("heading", { name: `Compliance: ${other.name}` }), path).toBeVisible();
  }
});

test("a learner's record opened from another organisation's dashboard keeps the trainer tasks in that organisation", async ({
  page,
  newPerson,
  newOrganisation,
  signIn,
}) => {
  const other = await newOrganisation();
  const learner = await newPerson("LEARNER", other.id);
  await signIn(page, await newPerson("ADMIN"));
  await page.goto(`/trainer?org=${other.id}`);
  await page.getByRole("link", { name: learner.name, exact: true }).click();
  await expect(page.getByRole("heading", { name: learner.name })).toBeVisible();
  await page
    .getByRole("navigation", { name: "Trainer tasks" })
    .getByRole("link", { name: "Assign the course" })
    .click();
  await expect(page).toHaveURL(new RegExp(`/trainer/assign\\?org=${other.id}$`));
});

test("an administrator printing another organisation's certificates is audited under that organisation", async ({
  page,
  certifyPerson,
  db,
  newPerson,
  newOrganisation,
  signIn,
}) => {
  const other = await newOrganisation();
  const learner = await newPerson("LEARNER", other.id);
  await certifyPerson(learner);
  const admin = await newPerson("ADMIN");
  await signIn(page, admin);

  await page.goto(`/trainer?org=${other.id}`);
  await page.getByLabel(`Select ${learner.name}`).check();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download certificates of selected people (PDF)" }).click();
  expect((await download).suggestedFilename()).toMatch(/^certificates-.*\.pdf$/);

  const events = await db.auditEvent.findMany({
    where: { actorId: admin.id, action: "export.certificates-pdf" },
    select: { organisationId: true, details: true },
  });
  expect(events).toEqual([{ organisationId: other.id, details: { count: 1 } }]);
});
