import { spawnSync } from "node:child_process";
import { expect, test } from "./fixtures";

test("learners see their own organisation's DSL wherever the course says to tell the DSL, or are told to ask who it is", async ({
  page,
  browser,
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
  await signIn(trainerPage, await newPerson("TRAINER", org.id));
  await trainerPage.goto("/trainer/contacts");
  await checkA11y(trainerPage);
  await trainerPage.getByLabel("Contact 1: role").selectOption("DSL");
  await trainerPage.getByLabel("Name").first().fill("Dana Lead");
  await trainerPage.getByLabel("Phone").first().fill("01234 567890");
  await trainerPage.getByLabel("Contact 2: role").selectOption("LADO");
  await trainerPage.getByLabel("Name").nth(1).fill("County LADO team");
  await trainerPage.getByLabel("Phone").nth(1).fill("01234 111222");
  await trainerPage.getByRole("button", { name: "Save contacts" }).click();
  await expect(trainerPage.getByText("Saved 2 contacts.")).toBeVisible();

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
  await signIn(page, await newPerson("TRAINER", org.id));
  await page.goto("/trainer");
  await page.getByRole("link", { name: "Inspection evidence" }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the summary (PDF)" }).click();
  const text = spawnSync("pdftotext", ["-layout", await (await download).path(), "-"], { encoding: "utf8" }).stdout;
  expect(text).toContain(org.name);
  expect(text).toContain("Renewal policy: Renew every 12 months from completion");
  expect(text).toContain("Overdue (1)");
  expect(text).toContain(late.name);
  expect(text).toContain("Nursery: 0% of 1");
  expect(text).toContain(`content version ${course.version}`);
  await expect(page.getByRole("link", { name: "Download the records (CSV)" })).toHaveAttribute(
    "href",
    new RegExp(`/trainer/export.csv\\?org=${org.id}`),
  );
});
