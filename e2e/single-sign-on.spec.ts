import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { ENTRA_TENANT_ID, GOOGLE_DOMAIN } from "./oidc/accounts";

/**
 * Single sign-on through real OpenID Connect issuers on 127.0.0.1 (e2e/oidc/server.ts): a generic provider, and
 * stand-ins for Microsoft Entra ID (tenant ids) and Google (Workspace domains). The accounts there have fixed
 * addresses at oakfield.example, which one organisation made here claims; the tests run in order.
 */
test.describe.configure({ mode: "serial" });

const DOMAIN = GOOGLE_DOMAIN; // "oakfield.example": every test account's domain

/**
 * Clicks a provider's button on the sign-in page and signs in at the provider as `login`. The browser's cookies are
 * cleared first: the provider would otherwise remember the last account it signed in and not ask.
 */
async function signInVia(page: Page, button: RegExp, login: string, callbackUrl = "/course") {
  await page.context().clearCookies();
  await page.goto(`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByRole("button", { name: button }).click();
  await page.getByLabel("Username").fill(login);
  await page.getByRole("button", { name: "Sign in" }).click();
}

const GENERIC = /Continue with Oakfield Trust login/;
const MICROSOFT = /Continue with Microsoft/;
const GOOGLE = /Continue with Google/;

let organisationId = "";

test("an administrator gives an organisation its email domain and Entra tenant; another organisation cannot claim the same domain", async ({
  page,
  db,
  newPerson,
  newOrganisation,
  signIn,
}) => {
  const org = await newOrganisation(["Year 3"]);
  organisationId = org.id;
  const other = await newOrganisation();
  const admin = await newPerson("ADMIN");
  await signIn(page, admin);

  await page.goto(`/admin/organisations/${org.id}`);
  await page.getByLabel("Domain (the part after the @)").fill(`@${DOMAIN.toUpperCase()}`);
  await page.getByRole("button", { name: "Add domain" }).click();
  await expect(page.getByTestId("sso-domains")).toContainText(DOMAIN);
  await page.getByLabel(/Microsoft Entra tenant id/).fill("not-a-tenant");
  await page.getByRole("button", { name: "Save single sign-on settings" }).click();
  await expect(page.getByText(/Enter the tenant \(directory\) id/)).toBeVisible();
  await page.getByLabel(/Microsoft Entra tenant id/).fill(ENTRA_TENANT_ID);
  // Each provider switched on for the site is offered; none is accepted until ticked.
  const accepts = page.getByRole("group", { name: "Accounts that may sign in" });
  for (const name of ["Microsoft", "Google", "Oakfield Trust login"]) {
    await expect(accepts.getByLabel(name)).not.toBeChecked();
    await accepts.getByLabel(name).check();
  }
  await page.getByRole("button", { name: "Save single sign-on settings" }).click();
  await expect(page.getByText("Single sign-on settings saved.")).toBeVisible();
  expect((await db.organisation.findUniqueOrThrow({ where: { id: org.id } })).ssoProviders).toBe(
    "azure-ad,google,oidc",
  );
  await page.reload();
  await expect(page.getByRole("group", { name: "Accounts that may sign in" }).getByLabel("Google")).toBeChecked();

  await page.goto(`/admin/organisations/${other.id}`);
  await page.getByLabel("Domain (the part after the @)").fill(DOMAIN);
  await page.getByRole("button", { name: "Add domain" }).click();
  await expect(page.getByText(`${DOMAIN} is already set up for ${org.name}`)).toBeVisible();
  expect(await db.organisationDomain.count({ where: { domain: DOMAIN } })).toBe(1);
  expect(await db.auditEvent.count({ where: { actorId: admin.id, action: "organisation.domain-added" } })).toBe(1);
});

test("a first sign-in with a verified email in the domain makes a learner in that organisation, named by the provider; the next finds them again", async ({
  page,
  browser,
  db,
  checkA11y,
}) => {
  await page.goto("/login");
  await expect(page.getByTestId("sso-buttons").getByRole("button")).toHaveCount(3);
  await checkA11y(page);
  await signInVia(page, GENERIC, "new-starter");
  await expect(page).toHaveURL(/\/course$/);
  const person = await db.user.findUniqueOrThrow({
    where: { email: "new.starter@oakfield.example" },
    include: { externalIdentities: true, enrolments: true },
  });
  expect(person).toMatchObject({ organisationId, role: "LEARNER", name: "Nia New", passwordHash: null });
  expect(person.externalIdentities).toMatchObject([{ provider: "oidc", subject: "new-starter" }]);
  expect(person.enrolments).toHaveLength(1);
  await page.goto("/account");
  await expect(page.getByTestId("sign-in-history")).toContainText("Your organisation's account (single sign-on)");

  // Signed out here and back in (the provider still knows them, so it does not ask again): the same person. Signing
  // out ends a single sign-on session everywhere, like a password one: a copy of its cookie stops working.
  const copied = await page.context().cookies();
  await page
    .getByRole("button", { name: /sign out/i })
    .first()
    .click();
  await expect(page).toHaveURL(/signedOut/);
  const elsewhere = await browser.newContext();
  await elsewhere.addCookies(copied);
  const stolen = await elsewhere.newPage();
  await stolen.goto("/course");
  await expect(stolen).toHaveURL(/\/login/);
  await elsewhere.close();
  await page.getByRole("button", { name: GENERIC }).click();
  await expect(page).toHaveURL(/\/course$/);
  expect(await db.user.count({ where: { email: "new.starter@oakfield.example" } })).toBe(1);
});

test("an invited person signing in through their provider gets the invitation's role and groups, and it is used up", async ({
  page,
  db,
  newPerson,
}) => {
  const inviter = await newPerson("ADMIN", organisationId);
  const group = await db.group.findFirstOrThrow({ where: { organisationId, name: "Year 3" } });
  const invitation = await db.invitation.create({
    data: {
      organisationId,
      email: "invited.person@oakfield.example",
      name: "Ida Invited",
      role: "TRAINER",
      groupIds: [group.id],
      tokenHash: `sso-invite-${Date.now()}`,
      expiresAt: new Date(Date.now() + 86_400_000),
      invitedById: inviter.id,
    },
  });
  await signInVia(page, GENERIC, "invited", "/trainer");
  // A trainer, but the provider's own second factor is trusted: straight to the dashboard.
  await expect(page).toHaveURL(/\/trainer$/);
  const person = await db.user.findUniqueOrThrow({
    where: { email: "invited.person@oakfield.example" },
    include: { memberships: true },
  });
  expect(person.role).toBe("TRAINER");
  expect(person.memberships.map((m) => m.groupId)).toEqual([group.id]);
  expect((await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).acceptedAt).not.toBeNull();
});

test("an Entra account from the organisation's tenant links to the account imported with its email; one from another tenant with the same email is refused", async ({
  page,
  browser,
  db,
}) => {
  const imported = await db.user.create({
    data: { email: "teacher@oakfield.example", name: "T Teacher", searchName: "t teacher", organisationId },
  });
  await signInVia(page, MICROSOFT, "entra-teacher");
  await expect(page).toHaveURL(/\/course$/);
  const linked = await db.user.findUniqueOrThrow({ where: { id: imported.id }, include: { externalIdentities: true } });
  // The provider's name replaces the imported one.
  expect(linked.name).toBe("Tara Teacher");
  expect(linked.externalIdentities).toMatchObject([{ provider: "azure-ad" }]);

  const elsewhere = await (await browser.newContext({ baseURL: test.info().project.use.baseURL })).newPage();
  await signInVia(elsewhere, MICROSOFT, "entra-other-tenant");
  await expect(elsewhere).toHaveURL(/\/login\?error=SSO_TENANT_MISMATCH/);
  await expect(elsewhere.getByTestId("sso-error")).toContainText("belongs to a directory that is not the one");
  expect(await db.externalIdentity.count({ where: { userId: imported.id } })).toBe(1);
  await elsewhere.context().close();
});

test("Google: a Workspace account of the domain gets in; a personal Google account with a work address does not", async ({
  page,
  db,
}) => {
  // Not while the organisation does not accept Google accounts.
  await db.organisation.update({ where: { id: organisationId }, data: { ssoProviders: "azure-ad,oidc" } });
  try {
    await signInVia(page, GOOGLE, "google-teacher");
    await expect(page.getByTestId("sso-error")).toContainText("has not switched on signing in with this kind");
    expect(await db.user.count({ where: { email: "g.teacher@oakfield.example" } })).toBe(0);
  } finally {
    await db.organisation.update({ where: { id: organisationId }, data: { ssoProviders: "azure-ad,google,oidc" } });
  }
  await signInVia(page, GOOGLE, "google-teacher");
  await expect(page).toHaveURL(/\/course$/);
  expect((await db.user.findUniqueOrThrow({ where: { email: "g.teacher@oakfield.example" } })).organisationId).toBe(
    organisationId,
  );
  await page.context().clearCookies();
  await signInVia(page, GOOGLE, "google-consumer");
  await expect(page.getByTestId("sso-error")).toContainText("personal Google account");
  expect(await db.user.count({ where: { email: "personal@oakfield.example" } })).toBe(0);
});

test("a stranger's domain, an unverified email, a deactivated person and an administrator are each refused with a reason, and nothing is created", async ({
  page,
  db,
}) => {
  await signInVia(page, GENERIC, "stranger");
  await expect(page.getByTestId("sso-error")).toContainText("not in a domain any organisation here has set up");
  await signInVia(page, GENERIC, "unverified");
  await expect(page.getByTestId("sso-error")).toContainText("did not confirm your email address");
  const gone = await db.user.create({
    data: { email: "gone@oakfield.example", name: "Gus Gone", searchName: "gus gone", organisationId, active: false },
  });
  await signInVia(page, GENERIC, "deactivated");
  await expect(page.getByTestId("sso-error")).toContainText("deactivated");
  // An administrator with the address is not let in either: they sign in with their password and authenticator.
  await db.user.update({ where: { id: gone.id }, data: { active: true, role: "ADMIN" } });
  await signInVia(page, GENERIC, "deactivated");
  await expect(page.getByTestId("sso-error")).toContainText("Administrators sign in with their email, password");
  await db.user.update({ where: { id: gone.id }, data: { active: false, role: "LEARNER" } });
  expect(
    await db.user.count({ where: { email: { in: ["sam@unknown-domain.example", "unverified@oakfield.example"] } } }),
  ).toBe(0);
  expect(await db.externalIdentity.count({ where: { userId: gone.id } })).toBe(0);
  await expect(page.getByTestId("login-error")).toBeEmpty();
});

test("a callback that was not started here, or is replayed, is refused: state, nonce and PKCE are checked", async ({
  page,
  browser,
  db,
}) => {
  // Forged: a code and state the app never issued.
  await page.goto("/api/auth/callback/oidc?code=forged&state=forged");
  await expect(page).toHaveURL(/\/login\?.*error=/);
  await expect(page.getByTestId("sso-error")).toContainText("did not work");

  // Replayed: the provider's real answer, used once, then again by someone else and by the same browser.
  const callback = page.waitForRequest((r) => r.url().includes("/api/auth/callback/oidc?"));
  await signInVia(page, GENERIC, "new-starter");
  const answer = (await callback).url();
  await expect(page).toHaveURL(/\/course$/);
  const thief = await (await browser.newContext({ baseURL: test.info().project.use.baseURL })).newPage();
  await thief.goto(answer);
  await expect(thief).toHaveURL(/\/login\?.*error=/);
  expect((await thief.context().cookies()).some((c) => c.name.includes("session-token"))).toBe(false);
  await thief.context().close();
  await page.context().clearCookies();
  await page.goto(answer);
  await expect(page).toHaveURL(/\/login\?.*error=/);
  expect(await db.user.count({ where: { email: "new.starter@oakfield.example" } })).toBe(1);
});

test("an organisation that requires single sign-on: its trainer cannot use a password; its administrator still can", async ({
  page,
  db,
  newPerson,
  signIn,
}) => {
  await db.organisation.update({ where: { id: organisationId }, data: { ssoRequired: true } });
  try {
    const trainer = await newPerson("TRAINER", organisationId);
    await page.goto("/login");
    await page.getByLabel("Email").fill(trainer.email);
    await page.getByLabel("Password").fill(trainer.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByTestId("login-error")).toContainText("Your organisation signs you in with its own account");

    const admin = await newPerson("ADMIN", organisationId);
    await signIn(page, admin);
  } finally {
    await db.organisation.update({ where: { id: organisationId }, data: { ssoRequired: false } });
  }
});
