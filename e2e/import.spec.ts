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

test("an administrator imports a CSV with one bad row, sees it rejected with the reason, fixes it and imports", async ({
  page,
  newPerson,
  signIn,
  checkA11y,
  db,
}) => {
  await signIn(page, await newPerson("ADMIN"));
  const org = await db.organisation.findUniqueOrThrow({ where: { slug: "oakfield-demo" } });
  const stamp = Date.now();
  const good = `Gail Good,gail-${stamp}@e2e.example,Early Years,2027-03-31`;
  await page.goto(`/trainer/import?org=${org.id}`);
  await checkA11y(page);
  // A template to start from, in the columns an import reads and with this organisation's own groups.
  const templateDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download a staff list template (CSV)" }).click();
  const template = fs.readFileSync((await (await templateDownload).path())!, "utf8");
  expect(template.replace(/^\uFEFF/, "").split(/\r?\n/)[0]).toBe("name,email,group,due date");
  expect(template).toContain("Alex Example");

  await page
    .getByLabel("CSV file")
    .setInputFiles(
      csvFile(
        "staff.csv",
        `name,email,group,due date\n${good}\nBarry Bad,barry-${stamp}@e2e.example,Year 9,2027-03-31\n`,
      ),
    );
  await page.getByRole("button", { name: "Check the file" }).click();
  const preview = page.getByTestId("import-preview");
  await expect(preview).toContainText("1 to create, 0 to update, 1 rejected");
  await expect(preview.getByRole("table", { name: "Rejected rows" })).toContainText('Unknown group "Year 9".');
  await expect(preview.getByRole("button", { name: /^Import/ })).toHaveCount(0);
  await checkA11y(page);
  expect(await db.user.count({ where: { email: { contains: `-${stamp}@` } } })).toBe(0);

  await page
    .getByLabel("CSV file")
    .setInputFiles(
      csvFile(
        "staff-fixed.csv",
        `name,email,group,due date\n${good}\nBarry Bad,barry-${stamp}@e2e.example,Key Stage 2,2027-03-31\n`,
      ),
    );
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(preview).toContainText("2 to create, 0 to update, 0 rejected");
  await preview.getByRole("button", { name: "Import 2 people" }).click();
  await expect(page.getByTestId("import-result")).toContainText("Imported: 2 created, 0 updated.");
  // The card no longer says nothing has been imported.
  await expect(preview.getByRole("heading", { name: "Imported" })).toBeVisible();
  await expect(preview).not.toContainText("nothing has been imported yet");

  const imported = await db.user.findMany({
    where: { email: { contains: `-${stamp}@` } },
    include: { memberships: { include: { group: true } }, enrolments: true },
  });
  expect(
    imported
      .map((u) => [u.name, u.memberships.map((m) => m.group.name), u.enrolments[0]?.dueAt?.toISOString().slice(0, 10)])
      .sort(),
  ).toEqual([
    ["Barry Bad", ["Key Stage 2"], "2027-03-31"],
    ["Gail Good", ["Early Years"], "2027-03-31"],
  ]);
  await expect
    .poll(() =>
      db.emailMessage.count({ where: { kind: "welcome", toEmail: { contains: `-${stamp}@` }, status: "OUTBOX" } }),
    )
    .toBe(2);
  // Welcome links are stored only sealed, readable in the outbox while they work.
  const welcome = { kind: "welcome", toEmail: { contains: `-${stamp}@` } };
  expect((await db.emailMessage.findFirstOrThrow({ where: welcome })).text).not.toMatch(
    /\/reset-password\/[A-Za-z0-9_-]{43}/,
  );
  expect(linkIn(await liveEmailText(db, welcome), "/reset-password")).toMatch(/^\/reset-password\/[A-Za-z0-9_-]{43}$/);
});

test("a file that is not a staff list gets a clear message", async ({ page, newPerson, signIn }) => {
  await signIn(page, await newPerson("TRAINER"));
  await page.goto("/trainer/import");
  await page.getByLabel("CSV file").setInputFiles(csvFile("wrong.csv", "first,last\nA,B\n"));
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByTestId("import-file-message")).toContainText('must name the columns: "name", "email"');
});

test("a trainer's import shows an address with an account elsewhere exactly as a new one, changes nothing for it and tells its holder; the page carries no account ids", async ({
  page,
  newPerson,
  newOrganisation,
  signIn,
  db,
}) => {
  const org = await newOrganisation();
  const head = await newPerson("ADMIN", org.id);
  const outsider = await newPerson("LEARNER"); // another organisation's
  const outsiderBefore = await db.user.findUniqueOrThrow({ where: { id: outsider.id } });
  const fresh = `fresh-${Date.now()}@e2e.example`;
  await signIn(page, await newPerson("TRAINER", org.id));
  await page.goto("/trainer/import");
  await page
    .getByLabel("CSV file")
    .setInputFiles(
      csvFile("staff.csv", `name,email\nSam Same,${head.email}\nSam Same,${outsider.email}\nSam Same,${fresh}\n`),
    );
  await page.getByRole("button", { name: "Check the file" }).click();
  const preview = page.getByTestId("import-preview");
  await expect(preview).toContainText("3 to create, 0 to update, 0 rejected");
  // Row by row, the HTML is the same once the line number and the address are taken out.
  const rows = preview.getByRole("table").getByRole("row").filter({ hasText: "Sam Same" });
  await expect(rows).toHaveCount(3);
  const shapes = await rows.evaluateAll(
    (trs, emails: string[]) =>
      trs.map((tr, i) => tr.outerHTML.replace(emails[i]!, "ADDRESS").replace(`>${i + 2}<`, ">LINE<")),
    [head.email, outsider.email, fresh],
  );
  expect(shapes[0]).toBe(shapes[2]);
  expect(shapes[1]).toBe(shapes[2]);
  await expect(page.getByText(/another organisation|cannot be added/)).toHaveCount(0);
  const html = await page.content();
  expect(html).not.toContain(head.id);
  expect(html).not.toContain(outsider.id);

  await preview.getByRole("button", { name: "Import 3 people" }).click();
  await expect(page.getByTestId("import-result")).toContainText(
    "3 people added or, where they already had an account, told how to sign in; 0 updated.",
  );
  expect(await db.user.findUniqueOrThrow({ where: { id: head.id } })).toMatchObject({
    name: head.name,
    organisationId: org.id,
  });
  expect(await db.user.findUniqueOrThrow({ where: { id: outsider.id } })).toEqual(outsiderBefore);
  expect(await db.user.findUniqueOrThrow({ where: { email: fresh } })).toMatchObject({
    organisationId: org.id,
    role: "LEARNER",
  });
  for (const holder of [head, outsider])
    expect(await db.emailMessage.count({ where: { toUserId: holder.id, kind: "invitation-existing-account" } })).toBe(
      1,
    );
});

test("a trainer's preview says what an import changes for people already here before anything is changed", async ({
  page,
  db,
  newPerson,
  newOrganisation,
  signIn,
}) => {
  const org = await newOrganisation(["Reception", "Year 1"]);
  const existing = await newPerson("LEARNER", org.id, [org.groups[0]!.id]);
  await db.enrolment.updateMany({ where: { userId: existing.id }, data: { dueAt: new Date("2031-03-01T23:59:59Z") } });
  const trainer = await newPerson("TRAINER", org.id);
  await signIn(page, trainer);
  await page.goto("/trainer/import");
  await page
    .getByLabel("CSV file")
    .setInputFiles(
      csvFile(
        "update.csv",
        `name,email,group,due date\nRenamed Person,${existing.email},Reception;Year 1,2031-03-31\nNew Person,new-${Date.now()}@e2e.example,Year 1,\n`,
      ),
    );
  await page.getByRole("button", { name: "Check the file" }).click();
  const preview = page.getByTestId("import-preview");
  await expect(preview).toContainText("1 to create, 1 to update, 0 rejected");
  const changes = preview.getByRole("table", { name: "People already here: what changes" });
  await expect(changes).toContainText(`Name: ${existing.name} → Renamed Person`);
  await expect(changes).toContainText("Adds to group: Year 1");
  await expect(changes).toContainText("Due date: 1 March 2031 → 31 March 2031");
  await expect(preview.getByRole("table", { name: "New people" })).toContainText("New Person");
  // A preview changes nothing.
  expect((await db.user.findUniqueOrThrow({ where: { id: existing.id } })).name).toBe(existing.name);
});
