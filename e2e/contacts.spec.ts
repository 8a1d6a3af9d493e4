import { spawnSync } from "node:child_process";
import { expect, test } from "./fixtures";

test("learners see their own organisation's DSL wherever the course says to tell the DSL, or are told to ask who it is", async ({
  page,
  browser,
  db,
  newPerson,
  newOrganisation,
  signIn,
  checkA11y,
  course,
}) => {
  const org = await newOrganisation();
  const learner = await newPerson("LEARNER", org.id);
  const lesson = course.modules
    .flatMap((m) => m.lessons.map((l) => ({ m, l })))
    .find(({ l }) => /\bDSL\b/.test(l.markdown))!;
  const lessonPath = `/course/${lesson.m.id}/lessons/${lesson.l.id}`;

  await signIn(page, learner);
  await page.goto(lessonPath);
  const whoToTell = page.getByRole("region", { name: `Who to tell at ${org.name}` });
  await expect(whoToTell.getByTestId("no-dsl")).toContainText("Ask your manager who your DSL is");

  const trainerPage = await (await browser.newContext()).newPage();
  const trainer = await newPerson("TRAINER", org.id);
  await signIn(trainerPage, trainer);
  await trainerPage.goto("/trainer/contacts");
  await expect(trainerPage.getByTestId("contacts-reviewed")).toContainText("Not reviewed yet");
  // No contacts yet: one blank row, and rows are added as needed.
  await expect(trainerPage.getByTestId("contact-row")).toHaveCount(1);
  await checkA11y(trainerPage);
  await trainerPage.getByLabel("Contact 1: role").selectOption("DSL");
  await trainerPage.getByLabel("Name").first().fill("Dana Lead");
  await trainerPage.getByLabel("Phone").first().fill("01234 567890");
  await trainerPage.getByRole("button", { name: "Add another contact" }).click();
  await expect(trainerPage.getByLabel("Contact 2: role")).toBeFocused();
  await trainerPage.getByLabel("Contact 2: role").selectOption("LADO");
  await trainerPage.getByLabel("Name").nth(1).fill("County LADO team");
  await trainerPage.getByLabel("Phone").nth(1).fill("01234 111222");
  // A row added by mistake goes again, and what was typed in the others stays.
  await trainerPage.getByRole("button", { name: "Add another contact" }).click();
  await trainerPage.getByRole("button", { name: "Remove contact 3" }).click();
  await expect(trainerPage.getByTestId("contact-row")).toHaveCount(2);
  await expect(trainerPage.getByLabel("Name").nth(1)).toHaveValue("County LADO team");
  await trainerPage.getByRole("button", { name: "Add another contact" }).click();
  await trainerPage.getByLabel("Contact 3: role").selectOption("OUT_OF_HOURS");
  await trainerPage.getByLabel("Name").nth(2).fill("Emergency duty team");
  await trainerPage.getByLabel("Phone").nth(2).fill("01234 999000");
  await trainerPage.getByRole("button", { name: "Save contacts" }).click();
  await expect(trainerPage.getByText("Saved 3 contacts.")).toBeVisible();
  // Saving is a review: the page says when, and who.
  const today = new Date().toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Europe/London",
  });
  await expect(trainerPage.getByTestId("contacts-reviewed")).toHaveText(`Last reviewed ${today} by ${trainer.name}.`);
  expect((await db.organisation.findUniqueOrThrow({ where: { id: org.id } })).contactsReviewedAt).not.toBeNull();
  await trainerPage.reload();
  await expect(trainerPage.getByTestId("contact-row")).toHaveCount(4);
  await expect(trainerPage.getByLabel("Name").nth(2)).toHaveValue("Emergency duty team");
  await expect(trainerPage.getByLabel("Name").nth(3)).toHaveValue("");
  await trainerPage.getByRole("button", { name: "Mark as reviewed — nothing has changed" }).click();
  await expect(trainerPage.getByText("Marked as reviewed today.")).toBeVisible();
  expect(await db.safeguardingContact.count({ where: { organisationId: org.id } })).toBe(3);
  await checkA11y(trainerPage);

  // Without JavaScript, "Add another contact" and "Remove" post the form and come back with the rows changed.
  const plain = await (
    await browser.newContext({ javaScriptEnabled: false, storageState: await trainerPage.context().storageState() })
  ).newPage();
  await plain.goto("/trainer/contacts");
  await expect(plain.getByTestId("contact-row")).toHaveCount(4);
  await plain.getByLabel("Name").nth(3).fill("Sam Deputy");
  await plain.getByRole("button", { name: "Add another contact" }).click();
  await expect(plain.getByTestId("contact-row")).toHaveCount(5);
  await expect(plain.getByLabel("Name").nth(3)).toHaveValue("Sam Deputy");
  await plain.getByRole("button", { name: "Remove contact 5" }).click();
  await expect(plain.getByTestId("contact-row")).toHaveCount(4);
  expect(await db.safeguardingContact.count({ where: { organisationId: org.id } })).toBe(3);

  await page.reload();
  await expect(whoToTell).toContainText("Dana Lead");
  await expect(whoToTell).toContainText("01234 567890");
  await expect(whoToTell.getByTestId("no-dsl")).toHaveCount(0);
  await expect(page.getByRole("complementary", { name: "Get help" })).toContainText("Dana Lead");
  await checkA11y(page);

  await page.goto("/course/worried-card");
  await expect(page.getByRole("heading", { level: 1, name: "If you are worried about a child" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("County LADO team");
  await expect(page.getByRole("main")).toContainText("0800 1111");
  await checkA11y(page);
});

test("a trainer limited to some groups sees the organisation's contacts but has no form to change them", async ({
  page,
  newPerson,
  newOrganisation,
  signIn,
  checkA11y,
  db,
}) => {
  const org = await newOrganisation(["Nursery"]);
  await db.safeguardingContact.create({
    data: { organisationId: org.id, kind: "DSL", name: "Dana Lead", phone: "01234 567890" },
  });
  const trainer = await newPerson("TRAINER", org.id);
  await db.trainerGroup.create({ data: { trainerId: trainer.id, groupId: org.groups[0]!.id } });
  await signIn(page, trainer);
  await page.goto("/trainer/contacts");
  await expect(page.getByRole("heading", { level: 1, name: `Safeguarding contacts: ${org.name}` })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("Dana Lead");
  await expect(page.getByTestId("contacts-read-only")).toContainText(
    "Only administrators and trainers who look after the whole organisation",
  );
  await expect(page.getByRole("button", { name: "Save contacts" })).toHaveCount(0);
  await checkA11y(page);
});

test("a trainer downloads the inspection evidence pack for their organisation", async ({
  page,
  newPerson,
  newOrganisation,
  signIn,
  db,
  course,
}) => {
  const org = await newOrganisation(["Nursery"]);
  const late = await newPerson("LEARNER", org.id, [org.groups[0]!.id]);
  await db.enrolment.update({
    where: { userId_courseId: { userId: late.id, courseId: course.id } },
    data: { dueAt: new Date(Date.now() - 86_400_000) },
  });
  // Completed a year ago: the certificate is still valid for 10 days, so they count as completed, expiring soon.
  const soon = await newPerson("LEARNER", org.id);
  await db.enrolment.update({
    where: { userId_courseId: { userId: soon.id, courseId: course.id } },
    data: { completedAt: new Date(Date.now() - 355 * 86_400_000), validUntil: new Date(Date.now() + 10 * 86_400_000) },
  });
  await db.safeguardingContact.create({
    data: { organisationId: org.id, kind: "DSL", name: "Dana Lead", phone: "01234 567890" },
  });
  await db.organisation.update({
    where: { id: org.id },
    data: { contactsReviewedAt: new Date("2025-01-06T10:00:00Z") },
  });
  await signIn(page, await newPerson("TRAINER", org.id));
  await page.goto("/trainer");
  await expect(page.getByTestId("headline-completed")).toHaveText("1");
  await expect(page.getByTestId("headline-expiring-note")).toHaveText("of whom 1 expires within 30 days");
  const completed = await page.getByTestId("headline-completed").textContent();
  await page.getByRole("link", { name: "Inspection evidence" }).click();
  // Over a year since anyone confirmed the contacts: said plainly.
  await expect(page.getByTestId("contacts-reviewed")).toContainText(
    "Contacts last reviewed on 6 January 2025, more than 12 months ago",
  );
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the summary (PDF)" }).click();
  const text = spawnSync("pdftotext", ["-layout", await (await download).path(), "-"], { encoding: "utf8" }).stdout;
  expect(text).toContain(org.name);
  expect(text).toContain("Renewal policy: Renew every 12 months from completion");
  expect(text).toContain("Overdue (1)");
  expect(text).toContain(late.name);
  expect(text).toContain("Nursery: 0% of 1");
  expect(text).toContain(`content version ${course.version}`);
  expect(text).toContain("Designated safeguarding lead (DSL): Dana Lead, 01234 567890");
  expect(text).toContain("Contacts last reviewed on 6 January 2025, more than 12 months ago");
  // The pack's completed count is the dashboard's, and each person is listed with their status.
  expect(text).toContain(`Completed: ${completed} (`);
  expect(text).toContain("of whom 1 expires within 30 days");
  expect(text).toMatch(new RegExp(`${late.name}\\s+Overdue`));
  expect(text).toMatch(new RegExp(`${soon.name}\\s+Completed`));
  expect(text).toContain("Sign-off");
  expect(text.match(/Signature:/g)).toHaveLength(3);
  await expect(page.getByRole("link", { name: "Download the records (CSV)" })).toHaveAttribute(
    "href",
    new RegExp(`/trainer/export.csv\\?org=${org.id}`),
  );
});
