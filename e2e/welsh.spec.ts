import { expect, test } from "./fixtures";

// Welsh Language Standards: anyone can read the interface in Welsh, signed out or in; a person's choice is theirs
// alone and follows them to another browser; an organisation in Wales can make Welsh its people's default.

test("signed out, the header's switch turns the pages Welsh and back, and the browser remembers it", async ({
  page,
  checkA11y,
}, testInfo) => {
  await page.goto("/login");
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
  // The other language is named in itself and marked as Welsh, so a screen reader pronounces it right.
  const cymraeg = page.getByRole("button", { name: "Cymraeg" });
  await expect(cymraeg).toHaveAttribute("lang", "cy");
  await cymraeg.click();
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
  await expect(page.getByRole("link", { name: "Diogelu ar-lein" })).toBeVisible();
  await expect(page).toHaveTitle(/Diogelu ar-lein/);
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
  await checkA11y(page);
  await testInfo.attach("welsh-login", { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
  await expect(page.getByRole("link", { name: "Safeguarding online" })).toBeVisible();
});

test("a browser asking for Welsh gets Welsh before anyone chooses", async ({ browser }) => {
  const context = await browser.newContext({ locale: "cy-GB" });
  const page = await context.newPage();
  await page.goto("/login");
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
  await context.close();
});

test("a learner's choice is their own: kept on their record, in every browser, and nobody else's", async ({
  signInElsewhere,
  page,
  db,
  newPerson,
  newOrganisation,
  signIn,
  checkA11y,
}, testInfo) => {
  const org = await newOrganisation(["Dosbarth 1"]);
  const learner = await newPerson("LEARNER", org.id);
  const colleague = await newPerson("LEARNER", org.id);
  await signIn(page, learner);
  await page.getByRole("button", { name: "Cymraeg" }).click();
  await expect(
    page.getByRole("navigation", { name: "Prif ddewislen" }).getByRole("link", { name: "Cwrs" }),
  ).toBeVisible();
  await expect.poll(async () => (await db.user.findUniqueOrThrow({ where: { id: learner.id } })).language).toBe("cy");

  // The account page in Welsh: headings, the role, and the day they joined with Welsh month names.
  await page.goto("/account");
  await expect(page.getByRole("heading", { level: 1, name: "Eich cyfrif" })).toBeVisible();
  await expect(page.getByTestId("account-role")).toHaveText("Dysgwr");
  const joined = new Intl.DateTimeFormat("cy", { day: "numeric", month: "long", year: "numeric" }).format(new Date());
  await expect(page.getByTestId("account-joined")).toHaveText(joined);
  await expect(page.getByText(/Cedwir y 90 diwrnod diwethaf/)).toBeVisible();
  await checkA11y(page);
  await testInfo.attach("welsh-account", { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });

  // Another browser, signed in afresh: still Welsh.
  const elsewhere = await signInElsewhere(learner);
  await expect(elsewhere.locator("html")).toHaveAttribute("lang", "cy");

  // A colleague in the same organisation still reads English.
  const theirs = await signInElsewhere(colleague);
  await expect(theirs.locator("html")).toHaveAttribute("lang", "en-GB");
  await expect(theirs.getByRole("link", { name: "Course", exact: true })).toBeVisible();

  // Back to English from the account page, answered in English.
  await page.getByRole("radio", { name: "English", exact: true }).check();
  await page.getByRole("button", { name: "Cadw'r iaith" }).click();
  await expect(page.getByText("Saved. Pages are now in English.")).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
});

test("an administrator makes Welsh an organisation's default; its people who have not chosen follow it", async ({
  signInElsewhere,
  page,
  db,
  newPerson,
  newOrganisation,
  signIn,
  checkA11y,
}) => {
  const wales = await newOrganisation(["Blwyddyn 3"]);
  const elsewhere = await newOrganisation(["Year 3"]);
  const follower = await newPerson("LEARNER", wales.id);
  const chooser = await newPerson("LEARNER", wales.id);
  await db.user.update({ where: { id: chooser.id }, data: { language: "en-GB" } });
  const outsider = await newPerson("LEARNER", elsewhere.id);
  const admin = await newPerson("ADMIN");

  await signIn(page, admin);
  await page.goto(`/admin/organisations/${wales.id}`);
  const card = page.getByRole("region", { name: "Language" });
  await card.getByRole("radio", { name: "Cymraeg" }).check();
  await card.getByRole("button", { name: "Save language" }).click();
  await expect(card.getByText("now see Cymraeg")).toBeVisible();
  await checkA11y(page);
  // The administrator's own pages stay in their language.
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
  const audit = await db.auditEvent.findFirstOrThrow({
    where: { action: "organisation.language", targetId: wales.id },
  });
  expect(audit.actorId).toBe(admin.id);

  const langOf = async (person: { email: string; password: string }) =>
    (await signInElsewhere(person)).locator("html").getAttribute("lang");
  expect(await langOf(follower)).toBe("cy");
  expect(await langOf(chooser)).toBe("en-GB");
  expect(await langOf(outsider)).toBe("en-GB");

  // The follower's account page offers their organisation's language, chosen, named in Welsh.
  const p = await signInElsewhere(follower);
  await p.goto("/account");
  await expect(p.getByRole("radio", { name: "Iaith eich sefydliad (Cymraeg)" })).toBeChecked();
});
