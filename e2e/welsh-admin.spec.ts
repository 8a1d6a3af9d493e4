import { expect, test } from "./fixtures";

// Welsh Language Standards reach the administrator too: an administrator who reads Welsh runs the whole admin area
// in Welsh, its counts with Welsh plural forms, its dates with Welsh month names, and its typed confirmations with
// the Welsh word.

const welshDay = (date: Date) =>
  new Intl.DateTimeFormat("cy", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/London" }).format(
    date,
  );

test("an administrator whose language is Welsh reads and works the admin area in Welsh", async ({
  page,
  db,
  newPerson,
  newOrganisation,
  signIn,
  lookInWelsh,
  certifyPerson,
}) => {
  const org = await newOrganisation(["Blwyddyn 4"]);
  const learner = await newPerson("LEARNER", org.id, [org.groups[0]!.id]);
  const leaver = await newPerson("LEARNER", org.id);
  const admin = await newPerson("ADMIN");
  await db.user.update({ where: { id: admin.id }, data: { language: "cy" } });
  const see = (name: string) => lookInWelsh(page, name);
  await signIn(page, admin);

  // The admin home: its sections and the totals, "sefydliad" after a number as Welsh counts.
  await page.goto("/admin");
  await expect(page).toHaveTitle(/^Gweinyddu/);
  await expect(page.getByRole("heading", { level: 1, name: "Gweinyddu" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sefydliadau a grwpiau" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Log archwilio" })).toBeVisible();
  await expect(page.getByText(/^\d[\d,]* sefydliad, \d[\d,]* o bobl\.$/)).toBeVisible();
  await see("welsh-admin-home");

  // The organisations, and one organisation's page, where a group is added in Welsh and the answer is Welsh.
  await page.goto("/admin/organisations");
  await expect(page.getByRole("heading", { level: 1, name: "Sefydliadau" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Grwpiau" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Creu sefydliad" })).toBeVisible();
  await see("welsh-admin-organisations");
  await page.getByRole("link", { name: org.name }).click();
  await expect(page.getByRole("heading", { level: 1, name: org.name })).toBeVisible();
  await expect(page.getByRole("region", { name: "Ailsefyll cwisiau" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Mewngofnodi sengl" })).toBeVisible();
  const groups = page.getByRole("region", { name: "Grwpiau (timau neu safleoedd)" });
  await expect(groups.getByText("(1 person)")).toBeVisible();
  await groups.getByLabel("Enw'r grŵp newydd").fill("Blwyddyn 5");
  await groups.getByRole("button", { name: "Ychwanegu grŵp" }).click();
  await expect(groups.getByText("Wedi ychwanegu'r grŵp Blwyddyn 5.")).toBeVisible();
  await expect(groups.getByRole("button", { name: "Dileu Blwyddyn 5" })).toBeVisible();
  expect(await db.group.count({ where: { organisationId: org.id, name: "Blwyddyn 5" } })).toBe(1);
  await see("welsh-admin-organisation");

  // People: Welsh column headings, roles and statuses; nobody has signed in yet.
  await page.goto(`/admin/people?org=${org.id}`);
  await expect(page.getByRole("heading", { level: 1, name: "Pobl" })).toBeVisible();
  await expect(page.getByText("2 person", { exact: true })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: learner.email });
  await expect(row).toContainText("Dysgwr");
  await expect(row).toContainText("Gweithredol");
  await expect(row).toContainText("Erioed");
  await see("welsh-admin-people");

  // A person's page: the day they joined in Welsh, and a reset link sent in Welsh.
  await page.goto(`/admin/people/${learner.id}`);
  await expect(page.getByRole("heading", { level: 1, name: learner.name })).toBeVisible();
  await expect(page.getByText(`Ymunodd ${welshDay(new Date())}`)).toBeVisible();
  await page.getByRole("button", { name: "Anfon dolen ailosod" }).click();
  await expect(page.getByText("Mae dolen i ailosod cyfrinair wedi'i hanfon")).toBeVisible();
  await expect(page.getByLabel("Teipiwch DILEU i gadarnhau")).toBeVisible();
  await see("welsh-admin-person");

  // Erasing someone is typed in Welsh: DILEU, not ERASE, is what the label asks for, and it works.
  await page.goto(`/admin/people/${leaver.id}`);
  await page.getByLabel("Rheswm dros ddileu").fill("Cais i ddileu data personol");
  // The wrong word is refused, and the refusal asks for the word the Welsh label asks for (DILEU, not ERASE).
  await page.getByLabel("Teipiwch DILEU i gadarnhau").fill("dileu");
  await page.getByRole("button", { name: "Dileu'r person hwn" }).click();
  await expect(page.getByText("Ni ddilëwyd dim: teipiwch DILEU i gadarnhau.")).toBeVisible();
  await page.getByLabel("Teipiwch DILEU i gadarnhau").fill("DILEU");
  await page.getByRole("button", { name: "Dileu'r person hwn" }).click();
  await expect(page.getByText("Mae'r person hwn wedi'i ddileu")).toBeVisible();
  expect((await db.user.findUniqueOrThrow({ where: { id: leaver.id } })).email).toMatch(/@erased\.invalid$/);

  // The audit log: the filters, the count and the event itself described in Welsh.
  await page.goto(`/admin/audit?actor=${admin.id}&action=group.create`);
  await expect(page.getByRole("heading", { level: 1, name: "Log archwilio" })).toBeVisible();
  await expect(page.getByLabel("Gweithred", { exact: true })).toHaveValue("group.create");
  await expect(page.getByLabel("Gweithred", { exact: true }).locator("option:checked")).toHaveText("Grŵp wedi'i greu");
  await expect(page.getByTestId("audit-count")).toHaveText("1 digwyddiad yn cyfateb i'r hidlau hyn");
  await expect(page.getByTestId("audit-summary")).toHaveText(`Creodd ${admin.name} y grŵp Blwyddyn 5 yn ${org.name}`);
  await expect(page.getByTestId("audit-event")).toContainText("Wedi'i gofnodi fel group.create");
  await see("welsh-admin-audit");
  // Its CSV too: Welsh headings, the event described in Welsh.
  const csv = await (await page.request.get(`/admin/audit/export.csv?actor=${admin.id}&action=group.create`)).text();
  expect(csv.replace(/^\uFEFF/, "").split(/\r?\n/)[0]).toMatch(
    /^Pryd \(amser y DU\),"?Pryd \(ISO 8601, UTC\)"?,Gwnaed gan,/,
  );
  expect(csv).toContain(`Creodd ${admin.name} y grŵp Blwyddyn 5 yn ${org.name}`);
  // A filter that cannot be used is explained in Welsh, by the date's Welsh label.
  await page.goto("/admin/audit?from=yfory");
  await expect(page.getByTestId("audit-filter-problems")).toContainText(
    "Nid yw'r dyddiad “O” “yfory” yn ddyddiad: defnyddiwch 31/01/2026.",
  );

  // The outbox: the reset email held, its status and its single-use link in Welsh.
  await page.goto("/admin/outbox");
  await expect(page.getByRole("heading", { level: 1, name: "Blwch allan e-bost" })).toBeVisible();
  const email = page.getByTestId("outbox-email").filter({ hasText: learner.email }).first();
  await expect(email).toContainText("Yn cael ei ddal yn y blwch allan");
  await expect(email).toContainText("Dolen ailosod cyfrinair");
  await expect(email.getByLabel(`Dolen untro ar gyfer ${learner.email}`)).toBeVisible();
  await expect(email.getByRole("button", { name: "Copïo'r ddolen" })).toBeVisible();
  await expect(email.getByRole("button", { name: "Ailanfon" })).toBeVisible();
  await see("welsh-admin-outbox");

  // Certificates: found by number, its dates in Welsh, and revoked by typing the Welsh word.
  // Valid for another 300 days (relative, so the test does not expire with it).
  const expiresAt = new Date(Date.now() + 300 * 24 * 60 * 60 * 1000);
  const number = await certifyPerson(learner, { expiresAt });
  await page.goto("/admin/certificates");
  await expect(page.getByRole("heading", { level: 1, name: "Tystysgrifau" })).toBeVisible();
  await page.getByLabel("Rhif y dystysgrif neu enw'r deiliad").fill(number);
  await page.getByRole("button", { name: "Chwilio" }).click();
  const card = page.getByRole("region", { name: number });
  await expect(card).toContainText(`Dilys tan${welshDay(expiresAt)}`);
  await card.getByLabel("Rheswm").fill("Wedi'i chyhoeddi mewn camgymeriad");
  await expect(card.getByLabel("Teipiwch DIRYMU i gadarnhau")).toBeVisible();
  await see("welsh-admin-certificates");
  await card.getByLabel("Teipiwch DIRYMU i gadarnhau").fill("DIRYMU");
  await card.getByRole("button", { name: "Dirymu'r dystysgrif" }).click();
  await expect(card).toContainText(`Dirymwyd${welshDay(new Date())}: Wedi'i chyhoeddi mewn camgymeriad`);
  expect((await db.certificate.findUniqueOrThrow({ where: { number } })).revokedAt).not.toBeNull();
});
