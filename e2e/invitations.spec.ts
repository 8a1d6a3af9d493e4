import { linkIn, liveEmailText } from "./email-links";
import { expect, test } from "./fixtures";

test("a trainer sees the invitations they sent, cancels one, and its link then says it was cancelled", async ({
  page,
  browser,
  newPerson,
  newOrganisation,
  signIn,
  checkA11y,
  db,
}) => {
  const org = await newOrganisation(["Kitchen"]);
  const trainer = await newPerson("TRAINER", org.id);
  await signIn(page, trainer);
  const email = `cancel-${Date.now()}@e2e.example`;

  await page.goto("/trainer/invite");
  await page.getByLabel("Name").fill("Carl Cancelled");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invitation to ${email} made, but not sent`)).toBeVisible();

  const row = page.getByTestId("invitation-row").filter({ hasText: email });
  await expect(row).toContainText("Waiting");
  await expect(row).toContainText(trainer.name);
  await checkA11y(page);
  const invitePath = linkIn(await liveEmailText(db, { toEmail: email, kind: "invitation" }), "/invite");

  await row.getByRole("button", { name: `Cancel invitation to ${email}` }).click();
  await expect(row).toContainText("Cancelled");
  await expect(row.getByRole("button")).toHaveCount(0);
  expect(await db.invitation.findFirstOrThrow({ where: { email } })).toMatchObject({ revokedAt: expect.any(Date) });

  const invitee = await (await browser.newContext()).newPage();
  await invitee.goto(invitePath);
  await expect(invitee.getByTestId("invitation-unusable")).toContainText("It has been cancelled");
});

test("a trainer inviting someone who already has an account, anywhere, is told the same as for anyone else", async ({
  page,
  newPerson,
  newOrganisation,
  signIn,
  db,
}) => {
  const org = await newOrganisation();
  const elsewhere = await newPerson("LEARNER"); // in the demo organisation, not the trainer's
  await signIn(page, await newPerson("TRAINER", org.id));
  await page.goto("/trainer/invite");
  await page.getByLabel("Name").fill("Someone Else");
  await page.getByLabel("Email").fill(elsewhere.email);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invitation to ${elsewhere.email} made, but not sent`)).toBeVisible();
  await expect(page.getByText("already has an account")).toHaveCount(0);
  expect(await db.invitation.count({ where: { email: elsewhere.email } })).toBe(0);
  await expect
    .poll(() => db.emailMessage.count({ where: { toEmail: elsewhere.email, kind: "invitation-existing-account" } }))
    .toBe(1);
});
