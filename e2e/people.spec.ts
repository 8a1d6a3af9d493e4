import { liveEmailText, linkIn, ownClientAddress } from "./email-links";
import { expect, test } from "./fixtures";

test("an administrator invites someone, the email waits in the outbox, and the invitee sets a password and lands in the course", async ({
  page,
  browser,
  newPerson,
  signIn,
  checkA11y,
  db,
}) => {
  const admin = await newPerson("ADMIN");
  await signIn(page, admin);
  const org = await db.organisation.findUniqueOrThrow({ where: { slug: "oakfield-demo" }, include: { groups: true } });
  const group = org.groups.find((g) => g.name === "Key Stage 1")!;
  const email = `new-${Date.now()}@e2e.example`;

  await page.goto(`/trainer/invite?org=${org.id}`);
  await page.getByLabel("Name").fill("Nia Newcomer");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Key Stage 1").check();
  await checkA11y(page);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invitation to ${email} made, but not sent`)).toBeVisible();

  await page.goto("/admin/outbox");
  const message = page.getByTestId("outbox-email").filter({ hasText: email }).first();
  await expect(message).toContainText("Held in outbox");
  const stored = await db.emailMessage.findFirstOrThrow({ where: { toEmail: email, kind: "invitation" } });
  // The link is kept only sealed; the outbox opens it while it is live.
  expect(stored.text).not.toMatch(/\/invite\/[A-Za-z0-9_-]{43}/);
  const invitePath = linkIn(await liveEmailText(db, { toEmail: email, kind: "invitation" }), "/invite");
  await message.locator("summary").click();
  await expect(message).toContainText(invitePath);
  await checkA11y(page);

  const invitee = await (await browser.newContext()).newPage();
  await invitee.goto(invitePath);
  await expect(invitee.getByRole("heading", { name: "Welcome, Nia Newcomer" })).toBeVisible();
  await invitee.getByLabel("New password").fill("three random words");
  await invitee.getByLabel("Type it again").fill("three random wards");
  await invitee.getByRole("button", { name: "Create my account" }).click();
  await expect(invitee.getByText("The two passwords do not match.")).toBeVisible();
  await invitee.getByLabel("New password").fill("three random words");
  await invitee.getByLabel("Type it again").fill("three random words");
  await invitee.getByRole("button", { name: "Create my account" }).click();
  await expect(invitee).toHaveURL(/\/course$/);
  await expect(invitee.getByRole("navigation", { name: "Main" })).toContainText("Nia Newcomer");

  const user = await db.user.findUniqueOrThrow({ where: { email }, include: { memberships: true, enrolments: true } });
  expect(user.memberships.map((m) => m.groupId)).toEqual([group.id]);
  expect(user.enrolments).toHaveLength(1);

  // Single use.
  await invitee.context().clearCookies();
  await invitee.goto(invitePath);
  await expect(invitee.getByTestId("invitation-unusable")).toContainText("already been used");
  const audit = await db.auditEvent.findFirst({ where: { action: "invitation.create", actorId: admin.id } });
  expect(audit).not.toBeNull();
});

test("a forgotten password is reset by an emailed link, without revealing which emails exist", async ({
  page,
  newPerson,
  db,
}) => {
  const learner = await newPerson();
  await page.setExtraHTTPHeaders(ownClientAddress());
  await page.goto("/login");
  await page.getByRole("link", { name: "Forgotten your password?" }).click();
  // Typing before the page's script has loaded submits the form without it (see the note in README's limits).
  await expect(page.getByRole("heading", { name: "Forgotten your password?" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Email").fill("nobody-here@e2e.example");
  await page.getByRole("button", { name: "Send me a reset link" }).click();
  await expect(page.getByTestId("forgot-message")).toContainText("If that address has an account");
  const answer = await page.getByTestId("forgot-message").textContent();
  await page.getByLabel("Email").fill(learner.email);
  await page.getByRole("button", { name: "Send me a reset link" }).click();
  await expect.poll(() => db.emailMessage.count({ where: { toEmail: learner.email, kind: "password-reset" } })).toBe(1);
  await expect(page.getByTestId("forgot-message")).toHaveText(answer!);
  expect(await db.emailMessage.count({ where: { toEmail: "nobody-here@e2e.example" } })).toBe(0);

  const stored = await db.emailMessage.findFirstOrThrow({ where: { toEmail: learner.email, kind: "password-reset" } });
  expect(stored.text).not.toMatch(/\/reset-password\/[A-Za-z0-9_-]{43}/);
  await page.goto(
    linkIn(await liveEmailText(db, { toEmail: learner.email, kind: "password-reset" }), "/reset-password"),
  );
  await page.getByLabel("New password").fill("a brand new passphrase");
  await page.getByLabel("Type it again").fill("a brand new passphrase");
  await page.getByRole("button", { name: "Save my new password" }).click();
  await expect(page).toHaveURL(/\/course$/);

  await page.context().clearCookies();
  await page.goto("/login");
  await page.getByLabel("Email").fill(learner.email);
  await page.getByLabel("Password").fill(learner.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("login-error")).toContainText("do not match");
});

test("an administrator changes a role and deactivates an account; a trainer cannot manage people", async ({
  page,
  newPerson,
  signIn,
  checkA11y,
  db,
}) => {
  const learner = await newPerson();
  const trainer = await newPerson("TRAINER");
  await signIn(page, trainer);
  expect((await page.goto("/admin/people"))?.status()).toBe(403);
  await page.context().clearCookies();

  await signIn(page, await newPerson("ADMIN"));
  await page.goto(`/admin/people?q=${encodeURIComponent(learner.email)}`);
  await page.getByRole("link", { name: learner.name }).click();
  await checkA11y(page);
  await page.getByLabel("New role").selectOption("TRAINER");
  await page.getByRole("button", { name: "Change role" }).click();
  await expect(page.getByText("Role changed.")).toBeVisible();
  // The select shows the role just chosen, not the one the page was drawn with.
  await expect(page.getByLabel("New role")).toHaveValue("TRAINER");
  await page.getByRole("button", { name: "Deactivate account" }).click();
  await expect(page.getByText("Account deactivated")).toBeVisible();
  expect(await db.user.findUniqueOrThrow({ where: { id: learner.id } })).toMatchObject({
    role: "TRAINER",
    active: false,
  });

  await page.context().clearCookies();
  await page.goto("/login");
  await page.getByLabel("Email").fill(learner.email);
  await page.getByLabel("Password").fill(learner.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("login-error")).toContainText("do not match an active account");
  // Their records stay.
  expect(await db.user.count({ where: { id: learner.id } })).toBe(1);
  expect(await db.enrolment.count({ where: { userId: learner.id } })).toBe(1);

  // The people list filters by role and status and shows when each last signed in.
  await page.goto("/login");
  await signIn(page, await newPerson("ADMIN"));
  await page.goto("/admin/people");
  await page.getByLabel("Name or email").fill(learner.email);
  await page.getByLabel("Role").selectOption("TRAINER");
  await page.getByLabel("Status").selectOption("deactivated");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/role=TRAINER/);
  const row = page.getByRole("row").filter({ hasText: learner.email });
  await expect(row).toContainText("Deactivated");
  await expect(row.getByTestId("last-sign-in")).toHaveText("Never");
  await page.getByLabel("Status").selectOption("active");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("row").filter({ hasText: learner.email })).toHaveCount(0);
});
