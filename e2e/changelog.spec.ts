import { spawnSync } from "node:child_process";
import { expect, test } from "./fixtures";
import { readLesson } from "./lesson-helpers";

const DAY = 24 * 60 * 60 * 1000;

/** Completed 350 days ago and expiring in 15: inside the renewal window, so the course is due again. */
const dueForRenewal = () => ({
  completedAt: new Date(Date.now() - 350 * DAY),
  expiresAt: new Date(Date.now() + 15 * DAY),
});

test("a learner renewing after the content changed sees what has changed since their version, with links to the changed lessons", async ({
  page,
  course,
  newPerson,
  certifyPerson,
  signIn,
  checkA11y,
}) => {
  const learner = await newPerson();
  await certifyPerson(learner, { ...dueForRenewal(), version: "2026.11.0" });
  await signIn(page, learner);

  await expect(page.getByTestId("renewal-due")).toBeVisible();
  const panel = page.getByRole("region", {
    name: /What has changed since you last completed this course \(version 2026\.11\.0, completed /,
  });
  await expect(panel).toBeVisible();
  await expect(
    panel.getByRole("heading", { name: new RegExp(`Version ${course.version.replace(/\./g, "\\.")}`) }),
  ).toBeVisible();
  await checkA11y(page);

  // Each change links to its lesson, which opens.
  const limits = course.modules
    .find((m) => m.id === "report-remove")!
    .lessons.find((l) => l.id === "report-remove-limits")!;
  // The lesson may have changed in more than one version since: each entry links it.
  const link = panel.getByRole("link", { name: limits.title }).first();
  await expect(link).toHaveAttribute("href", `/course/report-remove/lessons/${limits.id}`);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/course/report-remove/lessons/${limits.id}$`));
  await expect(page.getByRole("heading", { level: 1, name: limits.title })).toBeVisible();
});

test("a learner renewing a completion of the current version sees no changes panel", async ({
  page,
  course,
  newPerson,
  certifyPerson,
  signIn,
}) => {
  const learner = await newPerson();
  await certifyPerson(learner, { ...dueForRenewal(), version: course.version });
  await signIn(page, learner);

  await expect(page.getByTestId("renewal-due")).toBeVisible();
  await expect(
    page.getByRole("heading", { name: /What has changed since you last completed this course/ }),
  ).toHaveCount(0);
  await expect(page.getByTestId("changes-since")).toHaveCount(0);
});

test("the trainer's evidence pack lists who completed an older version and points to the changelog", async ({
  page,
  course,
  newPerson,
  certifyPerson,
  newOrganisation,
  signIn,
}) => {
  const org = await newOrganisation();
  const older = await newPerson("LEARNER", org.id);
  await certifyPerson(older, { ...dueForRenewal(), version: "2026.11.0" });
  const current = await newPerson("LEARNER", org.id);
  await certifyPerson(current, { ...dueForRenewal(), version: course.version });
  await signIn(page, await newPerson("TRAINER", org.id));

  await page.goto(`/trainer/evidence?org=${org.id}`);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the summary (PDF)" }).click();
  const text = spawnSync("pdftotext", ["-layout", await (await download).path(), "-"], { encoding: "utf8" }).stdout;
  expect(text).toContain(`Version ${course.version}: 1 person (the current version)`);
  expect(text).toContain("Version 2026.11.0: 1 person");
  expect(text).toContain("content/changelog.yaml");
  expect(text).toContain("People whose current certificate is of an older content version");
  expect(text).toContain(`${older.name} (${older.email}): version 2026.11.0`);
  expect(text).not.toContain(`${current.name} (${current.email}): version`);
});

test("a learner renewing reads each module's lessons again before its quiz opens: last year's reading does not count", async ({
  page,
  db,
  course,
  newPerson,
  certifyPerson,
  signIn,
}) => {
  const learner = await newPerson();
  await certifyPerson(learner, { ...dueForRenewal(), version: course.version });
  const first = course.modules[0]!;
  const lastYear = new Date(Date.now() - 340 * DAY);
  for (const lesson of first.lessons)
    await db.lessonView.create({
      data: {
        userId: learner.id,
        courseId: course.id,
        moduleId: first.id,
        lessonId: lesson.id,
        firstViewedAt: lastYear,
        lastViewedAt: lastYear,
      },
    });
  await signIn(page, learner);

  await page.goto(`/course/${first.id}/quiz`);
  await expect(page.getByTestId("quiz-closed").getByRole("listitem")).toHaveCount(first.lessons.length);
  for (const lesson of first.lessons) await readLesson(page, first.id, lesson.id);
  await page.goto(`/course/${first.id}/quiz`);
  await expect(page.getByRole("button", { name: "Submit answers" })).toBeVisible();
});
