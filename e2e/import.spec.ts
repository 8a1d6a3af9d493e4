import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { liveEmailText, linkIn } from "./email-links";
import { expect, test } from "./fixtures";

function csvFile(name: string, text: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "csv-")), name);
  fs.writeFileSync(file, text);
  return file;
}

test("an administrator imports a CSV with one bad row, sees it rejected with the reason, fixes it and imports", async ({ page, newPerson, signIn, checkA11y, db }) => {
  await signIn(page, await newPerson("ADMIN"));
  const org = await db.organisation.findUniqueOrThrow({ where: { slug: "oakfield-demo" } });
  const stamp = Date.now();
  const good = `Gail Good,gail-${stamp}@e2e.example,Early Years,2027-03-31`;
  await page.goto(`/trainer/import?org=${org.id}`);
  await checkA11y(page);

  await page.getByLabel("CSV file").setInputFiles(csvFile("staff.csv", `name,email,group,due date\n${good}\nBarry Bad,barry-${stamp}@e2e.example,Year 9,2027-03-31\n`));
  await page.getByRole("button", { name: "Check the file" }).click();
  const preview = page.getByTestId("import-preview");
  await expect(preview).toContainText("1 to create, 0 to update, 1 rejected");
  await expect(preview.getByRole("table", { name: "Rejected rows" })).toContainText('Unknown group "Year 9".');
  await expect(preview.getByRole("button", { name: /^Import/ })).toHaveCount(0);
  await checkA11y(page);
  expect(await db.user.count({ where: { email: { contains: `-${stamp}@` } } })).toBe(0);

  await page.getByLabel("CSV file").setInputFiles(csvFile("staff-fixed.csv", `name,email,group,due date\n${good}\nBarry Bad,barry-${stamp}@e2e.example,Key Stage 2,2027-03-31\n`));
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(preview).toContainText("2 to create, 0 to update, 0 rejected");
  await preview.getByRole("button", { name: "Import 2 people" }).click();
  await expect(page.getByTestId("import-result")).toContainText("Imported: 2 created, 0 updated.");

  const imported = await db.user.findMany({ where: { email: { contains: `-${stamp}@` } }, include: { memberships: { include: { group: true } }, enrolments: true } });
  expect(imported.map((u) => [u.name, u.memberships.map((m) => m.group.name), u.enrolments[0]?.dueAt?.toISOString().slice(0, 10)]).sort()).toEqual([
    ["Barry Bad", ["Key Stage 2"], "2027-03-31"],
    ["Gail Good", ["Early Years"], "2027-03-31"],
  ]);
  await expect.poll(() => db.emailMessage.count({ where: { kind: "welcome", toEmail: { contains: `-${stamp}@` }, status: "OUTBOX" } })).toBe(2);
  // Welcome links are stored only sealed, readable in the outbox while they work.
  const welcome = { kind: "welcome", toEmail: { contains: `-${stamp}@` } };
  expect((await db.emailMessage.findFirstOrThrow({ where: welcome })).text).not.toMatch(/\/reset-password\/[A-Za-z0-9_-]{43}/);
  expect(linkIn(await liveEmailText(db, welcome), "/reset-password")).toMatch(/^\/reset-password\/[A-Za-z0-9_-]{43}$/);
});

test("a file that is not a staff list gets a clear message", async ({ page, newPerson, signIn }) => {
  await signIn(page, await newPerson("TRAINER"));
  await page.goto("/trainer/import");
  await page.getByLabel("CSV file").setInputFiles(csvFile("wrong.csv", "first,last\nA,B\n"));
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByTestId("import-file-message")).toContainText('must name the columns: "name", "email"');
});

test("a trainer's import refuses an administrator's address without saying whose it is, and the page carries no account ids", async ({ page, newPerson, newOrganisation, signIn, db }) => {
  const org = await newOrganisation();
  const head = await newPerson("ADMIN", org.id);
  const outsider = await newPerson("LEARNER"); // another organisation's
  await signIn(page, await newPerson("TRAINER", org.id));
  await page.goto("/trainer/import");
  await page.getByLabel("CSV file").setInputFiles(csvFile("staff.csv", `name,email\nRenamed Head,${head.email}\nRenamed Outsider,${outsider.email}\n`));
  await page.getByRole("button", { name: "Check the file" }).click();
  const rejected = page.getByTestId("import-preview").getByRole("table", { name: "Rejected rows" });
  await expect(rejected.getByRole("row").filter({ hasText: "cannot be added by you: ask an administrator" })).toHaveCount(2);
  await expect(page.getByText("another organisation")).toHaveCount(0);
  const html = await page.content();
  expect(html).not.toContain(head.id);
  expect(html).not.toContain(outsider.id);
  expect(await db.user.findUniqueOrThrow({ where: { id: head.id } })).toMatchObject({ name: head.name });
});
