import { expect, test } from "./fixtures";

test("anonymous visitors are sent to sign in", async ({ page }) => {
  await page.goto("/course");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fcourse$/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  const trainer = await page.request.get("/trainer", { maxRedirects: 0 });
  expect(trainer.status()).toBe(307);
});

test("a wrong password gets a clear message, not a crash", async ({ page, newPerson, checkA11y }) => {
  const learner = await newPerson();
  await page.goto("/login");
  await page.getByLabel("Email").fill(learner.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("login-error")).toContainText("do not match an active account");
  await expect(page).toHaveURL(/\/login/);
  await checkA11y(page);
  // An unknown email gets exactly the same answer.
  await page.getByLabel("Email").fill("nobody@nowhere.example");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("login-error")).toContainText("do not match an active account");
});

test("a learner is refused the trainer and admin areas", async ({ page, newPerson, signIn, checkA11y }) => {
  await signIn(page, await newPerson("LEARNER"));
  await expect(page.getByRole("link", { name: "Trainer" })).toHaveCount(0);
  for (const path of ["/trainer", "/admin"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
  }
  await checkA11y(page);
});

test("a trainer reaches the trainer area but not the admin area; an administrator reaches both", async ({
  page,
  newPerson,
  signIn,
  checkA11y,
}) => {
  await signIn(page, await newPerson("TRAINER"));
  expect((await page.goto("/trainer"))?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: /^Compliance: / })).toBeVisible();
  await checkA11y(page);
  expect((await page.goto("/admin"))?.status()).toBe(403);

  await page.context().clearCookies();
  await signIn(page, await newPerson("ADMIN"));
  expect((await page.goto("/admin"))?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "Administration" })).toBeVisible();
  await checkA11y(page);
});

test("the health check answers with a real database check", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: { status: "ok" } });
});

test("a deactivated account can no longer sign in", async ({ page, newPerson, db }) => {
  const learner = await newPerson();
  await db.user.update({ where: { id: learner.id }, data: { active: false } });
  await page.goto("/login");
  await page.getByLabel("Email").fill(learner.email);
  await page.getByLabel("Password").fill(learner.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("login-error")).toContainText("do not match an active account");
});

test("sign-in is rate limited per account, with the same answer whether or not the account exists", async ({
  page,
  newPerson,
}) => {
  const learner = await newPerson();
  const tryPassword = async (email: string, password: string) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    return page.getByTestId("login-error");
  };
  for (let i = 0; i < 5; i++)
    await expect(await tryPassword(learner.email, `wrong ${i}`)).toContainText("do not match");
  // Even the right password is refused now, with a clear message.
  await expect(await tryPassword(learner.email, learner.password)).toContainText("Too many failed sign-in attempts");
  // An email with no account is treated exactly the same way.
  const nobody = `nobody-${Date.now()}@e2e.example`;
  for (let i = 0; i < 5; i++) await expect(await tryPassword(nobody, `wrong ${i}`)).toContainText("do not match");
  await expect(await tryPassword(nobody, "anything")).toContainText("Too many failed sign-in attempts");
  // Another account on the same network is not locked out by them.
  const colleague = await newPerson();
  await tryPassword(colleague.email, colleague.password);
  await expect(page).toHaveURL(/\/course$/);
});
