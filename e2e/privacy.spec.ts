import fs from "node:fs/promises";
import { expect, test } from "./fixtures";

test("a learner downloads all their own data as JSON from their account page", async ({
  page,
  newPerson,
  signIn,
  recordPasses,
  checkA11y,
  course,
}) => {
  const learner = await newPerson();
  const other = await newPerson();
  const first = course.modules[0]!;
  await recordPasses(learner.id, [first.id]);
  await recordPasses(other.id, [first.id]);

  await signIn(page, learner);
  await page.goto("/account");
  await expect(page.getByRole("heading", { name: "Your account", level: 1 })).toBeVisible();
  await expect(page.getByTestId("account-email")).toHaveText(learner.email);
  await expect(page.getByTestId("account-organisation")).not.toBeEmpty();
  await expect(page.getByRole("main")).toContainText("erase");
  await checkA11y(page);

  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download all my data (JSON)" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^my-data-\d{4}-\d{2}-\d{2}\.json$/);
  const text = await fs.readFile(await download.path(), "utf8");
  const data = JSON.parse(text);
  expect(data.profile).toMatchObject({ email: learner.email, name: learner.name, role: "LEARNER" });
  expect(data.quizAttempts).toEqual([
    expect.objectContaining({ moduleId: first.id, passed: true, answers: expect.any(Object) }),
  ]);
  expect(data.moduleProgress).toEqual([expect.objectContaining({ moduleId: first.id })]);
  expect(typeof data.generatedAt).toBe("string");
  // Nothing secret, and nothing about anyone else.
  expect(text).not.toMatch(/passwordHash|tokenHash|argon2/);
  expect(text).not.toContain(other.email);
  expect(text).not.toContain(other.id);

  // Not cached anywhere on the way.
  const response = await page.request.get("/account/data");
  expect(response.headers()["cache-control"]).toContain("no-store");
  expect(response.headers()["content-type"]).toContain("application/json");
});

test("an administrator erases a learner: they cannot sign in, their certificate shows revoked and the audit log records it", async ({
  page,
  browser,
  newPerson,
  signIn,
  completeCourse,
  checkA11y,
  db,
}) => {
  const learner = await newPerson();
  const number = await completeCourse(page, learner);
  const attemptsBefore = await db.quizAttempt.count({ where: { userId: learner.id } });

  const adminPerson = await newPerson("ADMIN");
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, adminPerson);
  await admin.goto(`/admin/people/${learner.id}`);
  await admin.getByLabel("Reason for erasing").fill("They asked in writing for their account to be erased.");
  await admin.getByLabel("Type ERASE to confirm").fill("erase");
  await admin.getByRole("button", { name: "Erase this person" }).click();
  await expect(admin.getByText("Nothing was erased: type ERASE to confirm.")).toBeVisible();
  expect(await db.user.findUniqueOrThrow({ where: { id: learner.id } })).toMatchObject({
    name: learner.name,
    active: true,
  });
  await checkA11y(admin);

  await admin.getByLabel("Reason for erasing").fill("They asked in writing for their account to be erased.");
  await admin.getByLabel("Type ERASE to confirm").fill("ERASE");
  await admin.getByRole("button", { name: "Erase this person" }).click();
  await expect(admin.getByText("This person has been erased")).toBeVisible();
  expect(await db.user.findUniqueOrThrow({ where: { id: learner.id } })).toMatchObject({
    name: "Erased person",
    email: `erased-${learner.id}@erased.invalid`,
    passwordHash: null,
    active: false,
  });
  expect(await db.quizAttempt.count({ where: { userId: learner.id } })).toBe(attemptsBefore);

  // Their open session stops working at once, and they cannot sign in again.
  expect((await page.request.get("/account/data")).status()).toBe(401);
  await page.context().clearCookies();
  await page.goto("/login");
  await page.getByLabel("Email").fill(learner.email);
  await page.getByLabel("Password").fill(learner.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("login-error")).toContainText("do not match");

  // The certificate's public page says it is revoked, without their name.
  const anonymous = await (await browser.newContext()).newPage();
  await anonymous.goto(`/verify/${number}`);
  await expect(anonymous.getByTestId("certificate-status")).toHaveText("Revoked");
  await expect(anonymous.getByRole("main")).not.toContainText(learner.name);

  // The audit log lists the erasure, without who they were.
  await admin.goto("/admin/audit");
  const event = admin.getByTestId("audit-event").filter({ hasText: "user.erase" }).filter({ hasText: learner.id });
  await expect(event).toHaveCount(1);
  await expect(event).toContainText(adminPerson.email);
  await expect(event).not.toContainText(learner.email);
  // In plain words, and still without their name.
  await expect(event).toContainText("erased a person's personal details: They asked in writing");
  await expect(event).not.toContainText(learner.name);
});
