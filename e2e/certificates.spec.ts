import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import { expect, test } from "./fixtures";
import { answerQuiz } from "./quiz-helpers";

test("a learner who passes the last module gets a certificate they can download, print and have verified; revocation shows", async ({
  page,
  browser,
  newPerson,
  signIn,
  recordPasses,
  openLessons,
  checkA11y,
  course,
  db,
}) => {
  const learner = await newPerson();
  const modules = course.modules;
  const last = modules[modules.length - 1]!;
  await recordPasses(
    learner.id,
    modules.slice(0, -1).map((m) => m.id),
  );
  await openLessons(learner.id, [last.id]);

  await signIn(page, learner);
  await page.goto(`/course/${last.id}/quiz`);
  await answerQuiz(page, last, "right");
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(page.getByRole("heading", { name: "You passed this module" })).toBeVisible();

  // The completion was written once, with its certificate.
  const completion = await db.completion.findFirstOrThrow({
    where: { userId: learner.id },
    include: { certificate: true },
  });
  const number = completion.certificate!.number;
  expect(completion).toMatchObject({ courseVersion: course.version, cpdMinutes: course.estimatedMinutes });

  // The dashboard shows it, valid, with its expiry date.
  await page.goto("/course");
  const card = page.getByRole("region", { name: "Your certificate" });
  await expect(card.getByTestId("certificate-number")).toHaveText(number);
  await expect(card.getByTestId("certificate-status")).toHaveText("Valid");
  await expect(card).toContainText("valid until");
  await checkA11y(page);

  // The PDF holds the learner's name and the certificate number as text.
  const downloadPromise = page.waitForEvent("download");
  await card.getByRole("link", { name: "Download certificate (PDF)" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe(`certificate-${number}.pdf`);
  const file = await download.path();
  const text = spawnSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).stdout;
  expect(text).toContain(learner.name);
  expect(text).toContain(number);
  expect(text).toContain(`/verify/${number}`);

  // The print view.
  await card.getByRole("link", { name: "View and print" }).click();
  await expect(page.getByRole("region", { name: "Certificate" })).toContainText(learner.name);
  await checkA11y(page);

  // Anyone can verify it, signed in or not, and sees only what they need.
  const anonymous = await (await browser.newContext()).newPage();
  const response = await anonymous.goto(`/verify/${number}`);
  expect(response?.status()).toBe(200);
  await expect(anonymous.getByTestId("certificate-status")).toHaveText("Valid");
  await expect(anonymous.getByRole("main")).toContainText(learner.name);
  await expect(anonymous.getByRole("main")).toContainText(course.version);
  await expect(anonymous.getByRole("main")).not.toContainText(learner.email);
  // The status leads, full width, with the organisation that issued it; the staff help column is not shown here.
  const issuer = (await db.certificate.findUniqueOrThrow({ where: { number } })).organisationName;
  await expect(anonymous.getByTestId("verify-banner")).toHaveAttribute("data-status", "valid");
  const details = anonymous.getByRole("region", { name: "Certificate details" });
  await expect(details.locator("div").filter({ hasText: "Issued by" }).getByRole("definition")).toHaveText(issuer);
  await expect(details).toContainText("Valid until");
  await expect(anonymous.getByRole("complementary", { name: /help/i })).toBeHidden();
  await checkA11y(anonymous);

  // The form accepts a number as people type it.
  await anonymous.goto("/verify");
  await anonymous.getByLabel("Certificate number").fill(number.toLowerCase().replace(/-/g, " "));
  await anonymous.getByRole("button", { name: "Check" }).click();
  await expect(anonymous).toHaveURL(new RegExp(`/verify/${number}$`));

  // An administrator revokes it; verification then says so.
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, await newPerson("ADMIN"));
  // Found by the holder's name (any case), when nobody has the number to hand.
  await admin.goto("/admin/certificates");
  await admin.getByLabel("Certificate number or holder's name").fill(learner.name.toUpperCase());
  await admin.getByRole("button", { name: "Find" }).click();
  await admin.getByRole("table", { name: "Certificates found by name" }).getByRole("link", { name: number }).click();
  await expect(admin).toHaveURL(new RegExp(`number=${number}$`));
  await admin.getByLabel("Reason").fill("Issued in error: the learner's account was shared.");
  // Permanent, so it must be typed, as erasing a person must: anything else changes nothing.
  await admin.getByLabel("Type REVOKE to confirm").fill("revoke");
  await admin.getByRole("button", { name: "Revoke certificate" }).click();
  await expect(admin.getByTestId("revoke-message")).toContainText("Nothing was revoked: type REVOKE to confirm.");
  expect((await db.certificate.findUniqueOrThrow({ where: { number } })).revokedAt).toBeNull();
  await admin.getByLabel("Type REVOKE to confirm").fill("REVOKE");
  await admin.getByRole("button", { name: "Revoke certificate" }).click();
  await expect(admin.getByTestId("certificate-status")).toHaveText("Revoked");
  await anonymous.goto(`/verify/${number}`);
  await expect(anonymous.getByTestId("certificate-status")).toHaveText("Revoked");
  await expect(anonymous.getByTestId("verify-banner")).toHaveAttribute("data-status", "revoked");
  await expect(anonymous.getByRole("main")).not.toContainText("shared");
  // No "valid until" on a revoked certificate: it would read as if it still were.
  await expect(anonymous.getByRole("region", { name: "Certificate details" })).not.toContainText("Valid until");
  expect(await db.certificate.findUniqueOrThrow({ where: { number } })).toMatchObject({
    revokedReason: "Issued in error: the learner's account was shared.",
  });
});

test("unknown and malformed certificate numbers get a clear not-found page with status 404", async ({ page }) => {
  for (const path of ["/verify/SG-0000-0000-0000-0000", "/verify/not-a-number", "/verify/%3Cscript%3E"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByTestId("certificate-not-found")).toBeVisible();
  }
  await page.goto("/verify?number=rubbish");
  await expect(page.getByTestId("verify-error")).toContainText("not a certificate number");
});

test("another learner cannot open someone else's certificate", async ({ page, newPerson, signIn, completeCourse }) => {
  const number = await completeCourse(page, await newPerson());
  // The holder downloads it first, so the PDF is kept in the server's memory: being kept must not make it anyone's.
  expect((await page.request.get(`/certificates/${number}/pdf`)).status()).toBe(200);

  await page.context().clearCookies();
  await signIn(page, await newPerson());
  expect((await page.request.get(`/certificates/${number}/pdf`)).status()).toBe(404);
  expect((await page.goto(`/certificates/${number}`))?.status()).toBe(404);
});

// A 60 × 24 PNG (a dark bar on white), made for the test rather than read from a file.
const LOGO_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAADwAAAAYCAIAAAApowkFAAAAP0lEQVR4nO3OQREAMAjEQJQgpBJruvXA4ziYZCJg4w0sugGVQKtagc5zDQcNGrTBoEGDNhg06Dp6RKBVgVb1ATk/DfI1L+edAAAAAElFTkSuQmCC",
  "base64",
);

/** The text of a PDF as a reader's PDF viewer would give it (pdftotext, from poppler-utils). */
function pdfText(bytes: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "e2e-cert-")), "certificate.pdf");
  fs.writeFileSync(file, bytes);
  return spawnSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).stdout;
}

test("an administrator names who signs certificates and adds a logo; the print view and the PDF show them, the topics and the QR code, on one page", async ({
  page,
  browser,
  newPerson,
  newOrganisation,
  signIn,
  completeCourse,
  checkA11y,
  course,
  db,
}) => {
  const org = await newOrganisation();
  await db.safeguardingContact.create({
    data: { organisationId: org.id, kind: "DSL", name: "Dev Fallback", phone: "01632 960123", sortOrder: 0 },
  });
  const learnerPage = await (await browser.newContext()).newPage();
  const number = await completeCourse(learnerPage, await newPerson("LEARNER", org.id));

  const admin = await newPerson("ADMIN");
  await signIn(page, admin);
  await page.goto(`/admin/organisations/${org.id}`);
  const card = page.getByRole("region", { name: "Certificates", exact: true });
  // Nobody named yet: the designated safeguarding lead from the contacts signs.
  await expect(card.getByTestId("signatory-fallback")).toContainText("signed by Dev Fallback");
  await card.getByLabel("Signatory's name").fill("Priya Raman");
  await card.getByLabel("Signatory's role").fill("Headteacher and designated safeguarding lead");
  // A file called a PNG that is not one is refused by its bytes, and nothing is saved.
  await card.getByLabel("Logo (optional)").setInputFiles({
    name: "logo.png",
    mimeType: "image/png",
    buffer: Buffer.from("GIF89a\x01\x00\x01\x00\x00\x00\x00;"),
  });
  await card.getByRole("button", { name: "Save certificate settings" }).click();
  await expect(card.getByText("The logo must be a PNG or JPEG image.")).toBeVisible();
  expect((await db.organisation.findUniqueOrThrow({ where: { id: org.id } })).signatoryName).toBeNull();
  await card
    .getByLabel("Logo (optional)")
    .setInputFiles({ name: "crest.png", mimeType: "image/png", buffer: LOGO_PNG });
  await card.getByRole("button", { name: "Save certificate settings" }).click();
  await expect(card.getByText("Certificates will be signed by Priya Raman. The new logo is on them.")).toBeVisible();
  // The form shows what was saved, and the chosen file is not sent again.
  await expect(card.getByLabel("Signatory's name")).toHaveValue("Priya Raman");
  await expect(card.getByLabel("Replace the logo")).toHaveValue("");
  await expect(card.getByRole("img", { name: `${org.name} logo, as certificates print it` })).toBeVisible();
  expect(await db.organisation.findUniqueOrThrow({ where: { id: org.id } })).toMatchObject({
    signatoryName: "Priya Raman",
    signatoryRole: "Headteacher and designated safeguarding lead",
    certificateLogoType: "image/png",
  });
  expect(
    await db.auditEvent.count({ where: { actorId: admin.id, action: "organisation.certificate-signatory" } }),
  ).toBe(1);
  await checkA11y(page);

  // The learner's print view: issuer, signatory, logo, topics and a QR code for the public check.
  await learnerPage.goto(`/certificates/${number}`);
  const sheet = learnerPage.getByRole("region", { name: "Certificate", exact: true });
  await expect(sheet).toContainText(`of ${org.name}`);
  await expect(sheet.getByTestId("certificate-signatory")).toContainText("Priya Raman");
  await expect(sheet.getByTestId("certificate-signatory")).toContainText(
    "Headteacher and designated safeguarding lead",
  );
  await expect(sheet.getByRole("img", { name: `${org.name} logo` })).toBeVisible();
  await expect(sheet.getByRole("region", { name: "Topics covered" }).getByRole("listitem")).toHaveText(
    course.modules.map((m) => m.title),
  );
  const qr = sheet.getByRole("img", { name: /^QR code/ });
  await expect(qr).toBeVisible();
  await expect(qr).toHaveAttribute("aria-label", new RegExp(`/verify/${number}$`));
  await expect(qr.locator("svg path").first()).toBeAttached();
  await checkA11y(learnerPage);
  // Printed, it is one A4 landscape page.
  await learnerPage.emulateMedia({ media: "print" });
  const printed = await PDFDocument.load(await learnerPage.pdf({ preferCSSPageSize: true, printBackground: true }));
  expect(printed.getPageCount()).toBe(1);
  const { width, height } = printed.getPage(0).getSize();
  expect(width).toBeGreaterThan(height);
  await learnerPage.emulateMedia({ media: "screen" });

  // The PDF says the same.
  const response = await learnerPage.request.get(`/certificates/${number}/pdf`);
  expect(response.status()).toBe(200);
  const text = pdfText(await response.body());
  for (const expected of [
    org.name,
    "Priya Raman",
    "Headteacher and designated safeguarding lead",
    "Topics covered",
    course.modules[0]!.title,
    `/verify/${number}`,
  ])
    expect(text).toContain(expected);

  // Without the logo, the certificate still prints, with its signatory.
  await card.getByLabel("Remove logo").check();
  await card.getByRole("button", { name: "Save certificate settings" }).click();
  await expect(card.getByText("Certificates will be signed by Priya Raman. The logo is removed.")).toBeVisible();
  expect((await db.organisation.findUniqueOrThrow({ where: { id: org.id } })).certificateLogo).toBeNull();
  await learnerPage.reload();
  await expect(sheet.getByRole("img", { name: `${org.name} logo` })).toHaveCount(0);
  await expect(sheet.getByTestId("certificate-signatory")).toContainText("Priya Raman");
});
