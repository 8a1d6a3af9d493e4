import type { Browser, BrowserContext, Page } from "@playwright/test";
import { decode, encode } from "next-auth/jwt";
import { createLinkToken } from "../lib/people/tokens";
import { E2E_SECRET } from "./env";
import { expect, test } from "./fixtures";

const SESSION_COOKIE = "next-auth.session-token";

/** A second browser holding a copy of the page's session cookie, as someone who copied it would. */
async function copySession(browser: Browser, page: Page): Promise<BrowserContext> {
  const cookies = await page.context().cookies();
  const copy = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  await copy.addCookies(cookies.filter((c) => c.name === SESSION_COOKIE));
  return copy;
}

/** Whether a browser context is let in to a signed-in page (else it is sent to sign in). */
async function isSignedIn(context: BrowserContext): Promise<boolean> {
  const page = await context.newPage();
  await page.goto("/account");
  const inside = new URL(page.url()).pathname === "/account";
  await page.close();
  return inside;
}

test("a copied session cookie stops working when its owner signs out", async ({ page, browser, newPerson, signIn }) => {
  const learner = await newPerson();
  await signIn(page, learner);
  const copy = await copySession(browser, page);
  expect(await isSignedIn(copy)).toBe(true);
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByTestId("signed-out")).toBeVisible();
  expect(await isSignedIn(copy)).toBe(false);
  await copy.close();
});

test("a password reset ends the sessions made with the old password", async ({
  page,
  browser,
  newPerson,
  signIn,
  db,
}) => {
  const learner = await newPerson();
  await signIn(page, learner);
  const copy = await copySession(browser, page);
  const { token, tokenHash } = createLinkToken();
  await db.passwordReset.create({
    data: { userId: learner.id, tokenHash, expiresAt: new Date(Date.now() + 3_600_000) },
  });
  const other = await browser.newPage({ baseURL: test.info().project.use.baseURL });
  await other.goto(`/reset-password/${token}`);
  await other.getByLabel("New password").fill("another long passphrase");
  await other.getByLabel("Type it again").fill("another long passphrase");
  await other.getByRole("button", { name: "Save my new password" }).click();
  await expect(other).toHaveURL(/\/course$/);
  expect(await isSignedIn(copy)).toBe(false);
  expect(await isSignedIn(page.context())).toBe(false);
  await other.close();
  await copy.close();
});

test("sign out of all devices ends every session, this one included", async ({
  page,
  browser,
  newPerson,
  signIn,
  checkA11y,
}) => {
  const learner = await newPerson();
  await signIn(page, learner);
  const phoneContext = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const phone = await phoneContext.newPage();
  await signIn(phone, learner);
  await page.goto("/account");
  await checkA11y(page);
  await page.getByRole("button", { name: "Sign out of all devices" }).click();
  await expect(page.getByTestId("signed-out")).toHaveText("You have signed out on every device.");
  expect(await isSignedIn(phoneContext)).toBe(false);
  expect(await isSignedIn(page.context())).toBe(false);
  // Signing in again works, and makes a fresh session.
  await signIn(page, learner);
  expect(await isSignedIn(page.context())).toBe(true);
  await phoneContext.close();
});

test("a session lasts 12 hours from sign-in at most, however it is renewed", async ({
  page,
  browser,
  newPerson,
  signIn,
  db,
}) => {
  const learner = await newPerson();
  await signIn(page, learner);
  const cookie = (await page.context().cookies()).find((c) => c.name === SESSION_COOKIE)!;
  const claims = (await decode({ token: cookie.value, secret: E2E_SECRET }))!;
  expect(Number(claims.exp) - Number(claims.iat)).toBeLessThanOrEqual(12 * 3600);
  // Only what names the person and versions the session (and how far it has got: a second factor given, a single
  // sign-on): the rest is re-read from the database each request.
  expect(Object.keys(claims).sort()).toEqual([
    "authTime",
    "exp",
    "iat",
    "jti",
    "secondFactor",
    "sessionVersion",
    "sso",
    "sub",
  ]);
  expect(cookie.expires - Date.now() / 1000).toBeLessThanOrEqual(12 * 3600 + 60);

  // A token renewed until now but first signed in 13 hours ago is refused, as is one without the claims
  // that tokens issued before session versions lacked.
  const { sessionVersion } = await db.user.findUniqueOrThrow({
    where: { id: learner.id },
    select: { sessionVersion: true },
  });
  const base = { sub: learner.id };
  for (const extra of [{ sessionVersion, authTime: Math.floor(Date.now() / 1000) - 13 * 3600 }, {}]) {
    const forged = await browser.newContext({ baseURL: test.info().project.use.baseURL });
    const value = await encode({ token: { ...base, ...extra }, secret: E2E_SECRET, maxAge: 3600 });
    await forged.addCookies([{ ...cookie, value }]);
    expect(await isSignedIn(forged)).toBe(false);
    await forged.close();
  }
  // The real one still works.
  expect(await isSignedIn(page.context())).toBe(true);
});

test("after signing in, a callback address can only lead to this site", async ({ page, newPerson }) => {
  const learner = await newPerson();
  const origin = new URL(test.info().project.use.baseURL!).origin;
  await page.goto("/login?callbackUrl=/%09/evil.example");
  await page.getByLabel("Email").fill(learner.email);
  await page.getByLabel("Password").fill(learner.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${origin}/course`);

  // Already signed in: the login page sends them on, and only to this site.
  for (const attack of ["/%5Cevil.example", "/%5C%5Cevil.example/x", "/%09/evil.example", "//evil.example"]) {
    await page.goto(`/login?callbackUrl=${attack}`);
    await expect(page, attack).toHaveURL(`${origin}/course`);
  }
  await page.goto("/login?callbackUrl=/account");
  await expect(page).toHaveURL(`${origin}/account`);
});

test("an account paused by failed sign-ins tells its owner, and their password reset ends the pause", async ({
  page,
  newPerson,
  db,
}) => {
  const learner = await newPerson();
  await page.goto("/login");
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("Email").fill(learner.email);
    await page.getByLabel("Password").fill(`wrong password ${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("login-error")).toContainText("do not match");
  }
  await expect.poll(() => db.emailMessage.count({ where: { toUserId: learner.id, kind: "account-locked" } })).toBe(1);
  await page.getByLabel("Password").fill(learner.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("login-error")).toContainText("Too many failed sign-in attempts");

  const { token, tokenHash } = createLinkToken();
  await db.passwordReset.create({
    data: { userId: learner.id, tokenHash, expiresAt: new Date(Date.now() + 3_600_000) },
  });
  await page.goto(`/reset-password/${token}`);
  await page.getByLabel("New password").fill("a fresh long passphrase");
  await page.getByLabel("Type it again").fill("a fresh long passphrase");
  await page.getByRole("button", { name: "Save my new password" }).click();
  await expect(page).toHaveURL(/\/course$/);
});
