import fs from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { liveEmailText, linkIn } from "./email-links";
import { expect, test } from "./fixtures";

// Today where the organisations are, as the audit log's date filter reads it.
const londonToday = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date());

test("an administrator filters the audit log to what they just did, reads it in plain words with names, and downloads it as CSV", async ({
  page,
  newPerson,
  signIn,
  checkA11y,
  db,
}) => {
  const learner = await newPerson();
  const admin = await newPerson("ADMIN");
  // A name a spreadsheet would run as a formula: the CSV must hand it over as text.
  const adminName = `=1+1 Audit ${admin.id.slice(-4)}`;
  await db.user.update({ where: { id: admin.id }, data: { name: adminName, searchName: adminName.toLowerCase() } });
  const org = await db.organisation.findUniqueOrThrow({ where: { slug: "oakfield-demo" } });

  await signIn(page, admin);
  await page.goto(`/admin/people/${learner.id}`);
  await page.getByLabel("New role").selectOption("TRAINER");
  await page.getByRole("button", { name: "Change role" }).click();
  await expect(page.getByText("Role changed.")).toBeVisible();

  await page.goto("/admin/audit");
  await page.getByLabel("Done by", { exact: true }).selectOption(admin.id);
  await page.getByLabel("Action", { exact: true }).selectOption({ label: "Role changed" });
  await page.getByLabel("Organisation", { exact: true }).selectOption({ label: org.name });
  await page.getByLabel("From", { exact: true }).fill(londonToday());
  await page.getByLabel("To", { exact: true }).fill(londonToday());
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/action=user\.role-change/);

  const sentence = `${adminName} changed ${learner.name}'s role from learner to trainer`;
  const events = page.getByTestId("audit-event");
  await expect(events).toHaveCount(1);
  await expect(events.first().getByTestId("audit-summary")).toHaveText(sentence);
  // The raw record stays visible in small print, never as JSON.
  await expect(events.first()).toContainText("Recorded as user.role-change");
  // Label and value are a <dt> and a <dd>: no space between them in the text.
  await expect(events.first()).toContainText(`Email at the time:${learner.email}`);
  await expect(events.first()).not.toContainText("{");
  await expect(page.getByTestId("audit-count")).toHaveText("1 event matches these filters");
  await checkA11y(page);

  // The CSV has the same events, the description first, then the code, ids and the time in ISO 8601.
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download these events as CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = parse(await fs.readFile(await file.path(), "utf8"), { bom: true }) as string[][];
  expect(rows).toHaveLength(2);
  const [header, row] = rows as [string[], string[]];
  const cell = (name: string) => row[header.indexOf(name)];
  expect(cell("What happened")).toBe(`'${sentence}`);
  expect(cell("Done by")).toBe(`'${adminName} (${admin.email})`);
  expect(cell("Action code")).toBe("user.role-change");
  expect(cell("Actor id")).toBe(admin.id);
  expect(cell("Target id")).toBe(learner.id);
  expect(cell("Organisation")).toBe(org.name);
  expect(cell("When (ISO 8601, UTC)")).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  expect(
    await db.auditEvent.count({ where: { actorId: admin.id, action: "export.audit-log", organisationId: org.id } }),
  ).toBe(1);

  // A filter that cannot be used is explained, not ignored; the export refuses it the same way.
  await page.goto("/admin/audit?from=31/02/2026");
  await expect(page.getByTestId("audit-filter-problems")).toContainText(
    "The “from” date “31/02/2026” is not a date: use 31/01/2026.",
  );
  await expect(page.getByTestId("audit-event")).toHaveCount(0);
  const refused = await page.request.get("/admin/audit/export.csv?from=2026-03-31&to=2026-03-01");
  expect(refused.status()).toBe(400);
  expect(await refused.text()).toContain("The “from” date is after the “to” date");
});

test("an administrator copies a held email's live link and resends it, and is told honestly it is still held", async ({
  page,
  newPerson,
  signIn,
  checkA11y,
  db,
}) => {
  const learner = await newPerson();
  const admin = await newPerson("ADMIN");
  // A clipboard that records what is written to it: the test's own, so what "Copy link" copies can be read back.
  await page.addInitScript(() => {
    const copied: string[] = [];
    Object.assign(window, { __copied: copied });
    Object.defineProperty(navigator, "clipboard", {
      configurable: true,
      value: { writeText: async (text: string) => void copied.push(text) },
    });
  });
  await signIn(page, admin);
  await page.goto(`/admin/people/${learner.id}`);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByText("A password reset link has been sent")).toBeVisible();
  const message = await db.emailMessage.findFirstOrThrow({
    where: { toEmail: learner.email, kind: "password-reset" },
    orderBy: { createdAt: "desc" },
  });
  const link = linkIn(await liveEmailText(db, { id: message.id }), "/reset-password");

  await page.goto("/admin/outbox");
  await expect(page.getByTestId("outbox-held-notice")).toBeVisible();
  const card = page.getByTestId("outbox-email").filter({ hasText: learner.email }).first();
  await expect(card).toContainText("Held in outbox");
  await expect(card.getByLabel(`Single-use link for ${learner.email}`)).toHaveValue(new RegExp(`${link}$`));
  await card.getByRole("button", { name: "Copy link" }).click();
  await expect(card.getByTestId("copy-link-status")).toHaveText("Copied");
  const copied = await page.evaluate(() => (window as unknown as { __copied: string[] }).__copied);
  expect(copied).toHaveLength(1);
  expect(new URL(copied[0]!).pathname).toBe(link);
  await checkA11y(page);

  await card.getByRole("button", { name: "Resend" }).click();
  await expect(card).toContainText(
    `Still held, not sent: no email server is set up (SMTP_URL), so the email to ${learner.email} waits here.`,
  );
  expect(await db.emailMessage.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({ status: "OUTBOX" });
  expect(
    await db.auditEvent.count({ where: { actorId: admin.id, action: "email.resend", targetId: message.id } }),
  ).toBe(1);

  // Where the Clipboard API is refused, the link is selected for copying by hand instead.
  await page.addInitScript(() => {
    Object.defineProperty(navigator, "clipboard", {
      configurable: true,
      value: { writeText: async () => Promise.reject(new Error("Not allowed")) },
    });
  });
  await page.reload();
  const again = page.getByTestId("outbox-email").filter({ hasText: learner.email }).first();
  await again.getByRole("button", { name: "Copy link" }).click();
  await expect(again.getByTestId("copy-link-status")).toContainText("the link is selected");
  await expect(again.getByLabel(`Single-use link for ${learner.email}`)).toBeFocused();

  // The resend reads in the audit log with the person's name.
  await page.goto(`/admin/audit?action=email.resend&actor=${admin.id}`);
  await expect(page.getByTestId("audit-summary")).toHaveText(
    new RegExp(`^${admin.name} sent the email “.+” to ${learner.name} again from the outbox$`),
  );
});
