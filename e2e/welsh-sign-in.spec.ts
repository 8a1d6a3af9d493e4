import type { Browser, Page } from "@playwright/test";
import { createLinkToken } from "../lib/people/tokens";
import { expect, test } from "./fixtures";
import { removeAuthenticator } from "./second-factor";

// Signed out, a browser that asks for Welsh reads the sign-in pages, the public certificate check, the accessibility
// statement and the error pages in Welsh, and the refusals it meets (a failed sign-in, a form that does not
// validate) come from the error catalogue in Welsh too.

const DAY = 24 * 60 * 60 * 1000;
const welshDate = (d: Date) =>
  new Intl.DateTimeFormat("cy", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/London" }).format(
    d,
  );

async function welshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: "cy-GB" });
  return context.newPage();
}

test("signing in, in Welsh: the page, a refused password and the forgotten-password page", async ({
  browser,
  newPerson,
  lookInWelsh,
}) => {
  const learner = await newPerson();
  const page = await welshPage(browser);
  await page.goto("/login");
  await expect(page).toHaveTitle(/^Mewngofnodi · Diogelu ar-lein$/);
  await expect(page.getByRole("button", { name: "Parhau gyda Microsoft" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Mewngofnodi" })).toBeVisible();
  await lookInWelsh(page, "welsh-login");

  await page.getByLabel("E-bost").fill(learner.email);
  await page.getByLabel("Cyfrinair").fill("not the password at all");
  await page.getByRole("button", { name: "Mewngofnodi" }).click();
  await expect(page.getByTestId("login-error")).toHaveText(
    "Nid yw'r cyfeiriad e-bost a'r cyfrinair hynny'n cyfateb i gyfrif gweithredol. Gwiriwch nhw a rhowch gynnig arall arni.",
  );
  await lookInWelsh(page, "welsh-login-refused");

  await page.getByRole("link", { name: "Wedi anghofio eich cyfrinair?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Wedi anghofio eich cyfrinair?" })).toBeVisible();
  await page.getByLabel("E-bost").fill(learner.email);
  await page.getByRole("button", { name: "Anfon dolen ailosod ataf" }).click();
  await expect(page.getByTestId("forgot-message")).toContainText("rydym wedi anfon dolen ato i ailosod y cyfrinair");
  await lookInWelsh(page, "welsh-forgot-password");
});

test("an invitation, in Welsh, and its form's refusal from the server worded in Welsh", async ({
  browser,
  db,
  newPerson,
  newOrganisation,
  lookInWelsh,
}) => {
  const org = await newOrganisation();
  const trainer = await newPerson("TRAINER", org.id);
  const { token, tokenHash } = createLinkToken();
  const email = `gwahoddiad-${Date.now()}@example.test`;
  await db.invitation.create({
    data: {
      organisationId: org.id,
      email,
      name: "Nia Jones",
      role: "LEARNER",
      groupIds: [],
      tokenHash,
      expiresAt: new Date(Date.now() + DAY),
      invitedById: trainer.id,
    },
  });
  const page = await welshPage(browser);
  await page.goto(`/invite/${token}`);
  await expect(page.getByRole("heading", { level: 1, name: "Croeso, Nia Jones" })).toBeVisible();
  await expect(page.getByText(`Mae ${org.name} wedi eich gwahodd i'w hyfforddiant diogelu.`)).toBeVisible();
  await lookInWelsh(page, "welsh-invitation");

  // Two passwords long enough for the browser, but different: the server action's validation refuses them.
  await page.getByLabel("Cyfrinair newydd").fill("tri gair ar hap");
  await page.getByLabel("Teipiwch ef eto").fill("tri gair arall ar hap");
  await page.getByRole("button", { name: "Creu fy nghyfrif" }).click();
  await expect(page.getByTestId("set-password-message")).toHaveText("Gwiriwch eich cyfrinair.");
  await expect(page.locator("#confirm-error")).toHaveText("Nid yw'r ddau gyfrinair yn cyfateb.");
  await lookInWelsh(page, "welsh-invitation-refused");
  expect(await db.user.count({ where: { email } })).toBe(0);
});

test("two-step setup, in Welsh, for an administrator who reads Welsh", async ({
  browser,
  db,
  newPerson,
  lookInWelsh,
}) => {
  const admin = await newPerson("ADMIN");
  await removeAuthenticator(db, admin);
  await db.user.update({ where: { id: admin.id }, data: { language: "cy" } });
  const page = await welshPage(browser);
  await page.goto("/login");
  await page.getByLabel("E-bost").fill(admin.email);
  await page.getByLabel("Cyfrinair").fill(admin.password);
  await page.getByRole("button", { name: "Mewngofnodi" }).click();
  await expect(page).toHaveURL(/\/two-step\/setup/);
  await expect(page.getByRole("heading", { level: 1, name: "Sefydlu dilysu dau gam" })).toBeVisible();
  await expect(page.getByRole("img", { name: "Cod QR i ychwanegu'r cyfrif hwn at ap dilysu" })).toBeVisible();
  await lookInWelsh(page, "welsh-two-step-setup");

  // A wrong code: refused from the catalogue, in Welsh.
  await page.getByLabel("Cod 6 digid o'r ap").fill("000000");
  await page.getByRole("button", { name: "Troi dilysu dau gam ymlaen" }).click();
  await expect(page.getByTestId("setup-error")).toContainText("Nid yw'r cod hwnnw'n gywir");
});

test("the public certificate check, in Welsh: a real certificate and an unknown number", async ({
  browser,
  newPerson,
  certifyPerson,
  lookInWelsh,
}) => {
  const learner = await newPerson();
  const completedAt = new Date(Date.now() - 10 * DAY);
  const expiresAt = new Date(Date.now() + 355 * DAY);
  const number = await certifyPerson(learner, { completedAt, expiresAt });
  const page = await welshPage(browser);
  await page.goto(`/verify/${number}`);
  await expect(page.getByTestId("certificate-status")).toHaveText("Dilys");
  await expect(page.getByText("Mae'r dystysgrif hon yn ddilys ac yn gyfredol.")).toBeVisible();
  const details = page.getByRole("region", { name: "Manylion y dystysgrif" });
  await expect(details.getByText("Cyhoeddwyd gan")).toBeVisible();
  await expect(details.getByText(welshDate(completedAt), { exact: true })).toBeVisible();
  await expect(details.getByText(welshDate(expiresAt), { exact: true })).toBeVisible();
  await lookInWelsh(page, "welsh-verify-valid");

  await page.getByRole("link", { name: "Gwirio tystysgrif arall" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Gwirio tystysgrif" })).toBeVisible();
  await page.getByLabel("Rhif y dystysgrif").fill("SG-0000-0000-0000-0000");
  await page.getByRole("button", { name: "Gwirio" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Heb ddod o hyd i'r dystysgrif" })).toBeVisible();
  await expect(page.getByTestId("certificate-not-found")).toContainText("Nid oes tystysgrif â'r rhif hwn.");
  await lookInWelsh(page, "welsh-verify-unknown");
});

test("the accessibility statement, signed out, in Welsh", async ({ browser, lookInWelsh }) => {
  const page = await welshPage(browser);
  await page.goto("/accessibility");
  await expect(
    page.getByRole("heading", { level: 1, name: "Datganiad hygyrchedd ar gyfer Diogelu ar-lein" }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Y weithdrefn orfodi" })).toBeVisible();
  const issues = page.getByTestId("known-issues").getByRole("listitem");
  await expect(issues.first()).toContainText(
    "Mae hyn yn methu meini prawf llwyddiant WCAG 2.2 1.3.1 Gwybodaeth a chydberthnasau a 1.3.2 Trefn ystyrlon.",
  );
  await expect(issues.last()).toContainText("Mae hyn yn methu maen prawf llwyddiant WCAG 2.2 2.2.1 Amseru addasadwy.");
  await expect(page.getByText(`Paratowyd y datganiad hwn ar ${welshDate(new Date("2026-12-03"))}.`)).toBeVisible();
  await lookInWelsh(page, "welsh-accessibility-statement");
});

test("the not-found page, for someone who reads Welsh", async ({
  page: signedIn,
  db,
  newPerson,
  signIn,
  lookInWelsh,
}) => {
  // Signed out, an unknown address goes to sign in; signed in, it is the not-found page, in the person's language.
  const learner = await newPerson();
  await db.user.update({ where: { id: learner.id }, data: { language: "cy" } });
  await signIn(signedIn, learner);
  const response = await signedIn.goto("/dim-tudalen-o-gwbl");
  expect(response?.status()).toBe(404);
  await expect(signedIn.getByRole("heading", { level: 1, name: "Heb ddod o hyd i'r dudalen" })).toBeVisible();
  await expect(signedIn.getByRole("link", { name: "Mynd i'r cwrs" })).toBeVisible();
  await lookInWelsh(signedIn, "welsh-not-found");
});
