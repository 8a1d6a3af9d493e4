import type { Page } from "@playwright/test";
import { currentCode } from "../lib/auth/second-factor/totp";
import { expect, test } from "./fixtures";
import { codeFor, rememberAuthenticator, removeAuthenticator } from "./second-factor";

async function enterPassword(page: Page, person: { email: string; password: string }, callbackUrl = "") {
  await page.goto(`/login${callbackUrl ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ""}`);
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function enterCode(page: Page, code: string) {
  await page.getByLabel("6-digit code").fill(code);
  await page.getByRole("button", { name: "Continue", exact: true }).click();
}

async function signOut(page: Page) {
  await page
    .getByRole("button", { name: /sign out/i })
    .first()
    .click();
  await expect(page).toHaveURL(/\/login\?signedOut/);
}

test("an administrator without an authenticator must set one up before anything else, and gets ten recovery codes once", async ({
  page,
  db,
  newPerson,
  checkA11y,
}) => {
  const admin = await newPerson("ADMIN");
  await removeAuthenticator(db, admin);
  await enterPassword(page, admin, "/admin/people");
  await expect(page).toHaveURL(/\/two-step\/setup/);
  await expect(page.getByRole("heading", { name: "Set up two-step verification" })).toBeVisible();
  await expect(page.getByTestId("setup-qr").locator("svg")).toBeVisible();
  await checkA11y(page);

  // Nothing else is open until it is set up: pages send them back, actions and routes refuse.
  await page.goto("/admin/people");
  await expect(page).toHaveURL(/\/two-step\/setup/);
  const api = await page.request.get("/trainer/export.csv");
  expect(api.status()).toBe(401);

  const secret = (await page.getByTestId("setup-key").innerText()).replace(/\s/g, "");
  await page.getByLabel("6-digit code from the app").fill("000000" === currentCode(secret) ? "111111" : "000000");
  await page.getByRole("button", { name: "Turn on two-step verification" }).click();
  await expect(page.getByTestId("setup-error")).toContainText("That code is not right");

  await page.getByLabel("6-digit code from the app").fill(currentCode(secret));
  await page.getByRole("button", { name: "Turn on two-step verification" }).click();
  const codes = page.getByTestId("recovery-codes").locator("li");
  await expect(codes).toHaveCount(10);
  await expect(codes.first()).toHaveText(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
  await checkA11y(page);
  // Where they were going was lost when they tried /admin/people directly: their account page, showing it on.
  await page.getByRole("link", { name: /I have saved my recovery codes/ }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByTestId("two-step-status")).toContainText("On since");
  await page.goto("/admin/people");
  await expect(page).toHaveURL(/\/admin\/people$/);

  // Stored sealed, told by email, audited.
  const stored = await db.user.findUniqueOrThrow({ where: { id: admin.id } });
  expect(stored.totpEnabledAt).not.toBeNull();
  expect(stored.totpSecret).not.toContain(secret);
  expect(await db.recoveryCode.count({ where: { userId: admin.id, usedAt: null } })).toBe(10);
  expect(await db.emailMessage.count({ where: { toUserId: admin.id, kind: "second-factor-changed" } })).toBe(1);
  expect(await db.auditEvent.count({ where: { actorId: admin.id, action: "second-factor.added" } })).toBe(1);
});

test("a trainer signs in with a password and then a code: a wrong or replayed code is refused, the page waits, and the sign-in shows on their account", async ({
  page,
  db,
  newPerson,
  checkA11y,
}) => {
  const trainer = await newPerson("TRAINER");
  await enterPassword(page, trainer, "/trainer");
  await expect(page).toHaveURL(/\/login\/code\?callbackUrl=%2Ftrainer/);
  await checkA11y(page);

  // A password alone opens nothing.
  expect((await page.request.get("/trainer/export.csv")).status()).toBe(401);

  await enterCode(page, "123 456" === (await codeFor(db, trainer.email)) ? "654321" : "123456");
  await expect(page.getByTestId("code-error")).toContainText("That code is not right");

  const code = await codeFor(db, trainer.email);
  await enterCode(page, code);
  await expect(page).toHaveURL(/\/trainer$/);

  // The same code again, in another browser that has the password: refused.
  const other = await page.context().browser()!.newContext({ baseURL: test.info().project.use.baseURL });
  const second = await other.newPage();
  await enterPassword(second, trainer);
  await expect(second).toHaveURL(/\/login\/code/);
  await second.goto("/trainer");
  await expect(second).toHaveURL(/\/login\/code/);
  await enterCode(second, code);
  await expect(second.getByTestId("code-error")).toContainText("already been used");
  await other.close();

  await page.goto("/account");
  await expect(page.getByTestId("two-step-status")).toContainText("On since");
  await expect(page.getByTestId("sign-in-history")).toContainText("Password and authenticator app");
  await expect(page.getByTestId("sign-in-history").locator("tbody tr")).toHaveCount(1);
  // Their role needs it: no way to turn it off.
  await expect(page.getByTestId("turn-off-two-step")).toHaveCount(0);
});

test("a recovery code signs in once, and after five wrong codes the account waits", async ({ page, db, newPerson }) => {
  const trainer = await newPerson("TRAINER");
  await page.goto("/login");
  await enterPassword(page, trainer);
  await enterCode(page, await codeFor(db, trainer.email));
  await expect(page).toHaveURL(/\/trainer$/);
  await page.goto("/account");
  await page.getByRole("button", { name: "Make new recovery codes" }).click();
  await expect(page.getByTestId("recovery-codes").locator("li")).toHaveCount(10);
  const codes = await page.getByTestId("recovery-codes").locator("li").allInnerTexts();
  await signOut(page);

  await enterPassword(page, trainer);
  await page.getByText("Use a recovery code instead").click();
  await page.getByLabel("Recovery code").fill(codes[0]!.toUpperCase());
  await page.getByRole("button", { name: "Continue with recovery code" }).click();
  await expect(page).toHaveURL(/\/trainer$/);
  await page.goto("/account");
  await expect(page.getByTestId("two-step-status")).toContainText("9 unused recovery codes");
  await signOut(page);

  await enterPassword(page, trainer);
  await page.getByText("Use a recovery code instead").click();
  await page.getByLabel("Recovery code").fill(codes[0]!);
  await page.getByRole("button", { name: "Continue with recovery code" }).click();
  await expect(page.getByTestId("code-error")).toContainText("already been used");

  for (let i = 0; i < 4; i++) {
    await enterCode(page, `00000${i}`);
    await expect(page.getByTestId("code-error")).toContainText(/not right/);
  }
  await enterCode(page, await codeFor(db, trainer.email));
  await expect(page.getByTestId("code-error")).toContainText("Too many wrong codes");
  await expect(page).toHaveURL(/\/login\/code/);
});

test("a learner is never asked for a code, may turn two-step verification on from their account, and off again", async ({
  page,
  db,
  newPerson,
  signIn,
}) => {
  const learner = await newPerson();
  await signIn(page, learner);
  await page.goto("/account");
  await expect(page.getByTestId("two-step-status")).toContainText("Off");
  await page.getByRole("link", { name: "Set up two-step verification" }).click();
  const secret = (await page.getByTestId("setup-key").innerText()).replace(/\s/g, "");
  await page.getByLabel("6-digit code from the app").fill(currentCode(secret));
  await page.getByRole("button", { name: "Turn on two-step verification" }).click();
  await expect(page.getByTestId("recovery-codes").locator("li")).toHaveCount(10);
  rememberAuthenticator(learner, secret);
  await page.getByRole("link", { name: /I have saved my recovery codes/ }).click();
  await expect(page).toHaveURL(/\/account$/);
  await signOut(page);

  await signIn(page, learner); // now through the code page
  await page.goto("/account");
  await page.getByTestId("turn-off-two-step").getByRole("button").click();
  await expect(page.getByTestId("two-step-status")).toContainText("Off");
  expect(await db.recoveryCode.count({ where: { userId: learner.id } })).toBe(0);
  expect(await db.emailMessage.count({ where: { toUserId: learner.id, kind: "second-factor-changed" } })).toBe(2);
});

test("an administrator resets a trainer's lost authenticator: the trainer's sessions end and they set it up again; an organisation may let trainers use a password alone", async ({
  page,
  browser,
  db,
  newPerson,
  newOrganisation,
  signIn,
}) => {
  const admin = await newPerson("ADMIN");
  const org = await newOrganisation();
  const trainer = await newPerson("TRAINER", org.id);
  const trainerContext = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const trainerPage = await trainerContext.newPage();
  await signIn(trainerPage, trainer);

  await signIn(page, admin);
  await page.goto(`/admin/people/${trainer.id}`);
  await expect(page.getByTestId("person-second-factor")).toContainText("On since");
  await page.getByRole("button", { name: "Reset two-step verification" }).click();
  // The card now says so (the reset button goes with the authenticator).
  await expect(page.getByTestId("person-second-factor")).toContainText("Not set up");
  expect(
    await db.auditEvent.count({ where: { actorId: admin.id, action: "second-factor.reset", targetId: trainer.id } }),
  ).toBe(1);
  expect(await db.emailMessage.count({ where: { toUserId: trainer.id, kind: "second-factor-changed" } })).toBe(1);

  // The trainer's session has ended; signing in again leads to setup.
  await trainerPage.goto("/trainer");
  await expect(trainerPage).toHaveURL(/\/login/);
  await removeAuthenticator(db, trainer);
  await enterPassword(trainerPage, trainer);
  await expect(trainerPage).toHaveURL(/\/two-step\/setup/);

  // The organisation lets its trainers use a password alone: the same trainer goes straight in.
  await page.goto(`/admin/organisations/${org.id}`);
  await page.getByLabel("May sign in with a password alone").check();
  await page.getByRole("button", { name: "Save sign-in rules" }).click();
  await expect(page.getByText("may now sign in with a password alone")).toBeVisible();
  await trainerPage.goto("/trainer");
  await expect(trainerPage).toHaveURL(/\/trainer$/);
  await trainerContext.close();
});
