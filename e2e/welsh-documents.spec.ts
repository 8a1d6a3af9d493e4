import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { liveEmailText, ownClientAddress } from "./email-links";
import { expect, test } from "./fixtures";

// Welsh Language Standards: what the site sends a person (emails) and gives them to keep (certificates) is in their
// language too: their own choice, else their organisation's default.

/** The PDF's text as a reader's PDF viewer gives it (pdftotext), and its first page as a picture (pdftoppm). */
function readPdf(bytes: Buffer): { text: string; png: Buffer } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "e2e-welsh-pdf-"));
  const file = path.join(dir, "certificate.pdf");
  fs.writeFileSync(file, bytes);
  spawnSync("pdftoppm", ["-png", "-r", "60", "-singlefile", file, path.join(dir, "page")]);
  return {
    text: spawnSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).stdout,
    png: fs.readFileSync(path.join(dir, "page.png")),
  };
}

const welshDate = (date: Date) =>
  new Intl.DateTimeFormat("cy", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/London" }).format(
    date,
  );

test("a Welsh learner's certificate PDF is in Welsh, and a change of language gives the PDF in the new one", async ({
  page,
  db,
  newOrganisation,
  newPerson,
  completeCourse,
  lookInWelsh,
}, testInfo) => {
  const org = await newOrganisation();
  const learner = await newPerson("LEARNER", org.id);
  const number = await completeCourse(page, learner);
  const pdf = async () => {
    const response = await page.request.get(`/certificates/${number}/pdf`);
    expect(response.status()).toBe(200);
    return readPdf(await response.body());
  };

  // English first (and so kept by the server), then Welsh once they choose it: not the English file kept before.
  expect((await pdf()).text).toContain("CERTIFICATE OF COMPLETION");
  await db.user.update({ where: { id: learner.id }, data: { language: "cy" } });
  const certificate = await db.certificate.findUniqueOrThrow({ where: { number } });
  const welsh = await pdf();
  for (const words of [
    "TYSTYSGRIF CWBLHAU",
    "Mae hyn yn tystio bod",
    learner.name,
    "wedi cwblhau'r cwrs diogelu yn llwyddiannus",
    "Cwblhawyd",
    "Yn ddilys tan",
    welshDate(certificate.completedAt),
    welshDate(certificate.expiresAt),
    "Sgôr",
    "Rhif y dystysgrif",
    number,
  ])
    expect(welsh.text).toContain(words);
  expect(welsh.text).not.toMatch(/CERTIFICATE OF COMPLETION|This certifies|Valid until/);
  await testInfo.attach("welsh-certificate-pdf", { body: welsh.png, contentType: "image/png" });

  // The page they downloaded it from is in Welsh too (its words are another part's; here, that it is Welsh).
  await page.goto("/course");
  await lookInWelsh(page, "welsh-course");

  // Back to their organisation's language (English): English again.
  await db.user.update({ where: { id: learner.id }, data: { language: null } });
  expect((await pdf()).text).toContain("CERTIFICATE OF COMPLETION");
});

test("an invitation into a Welsh organisation, and a reset link for a Welsh speaker, are written in Welsh", async ({
  page,
  browser,
  db,
  newOrganisation,
  newPerson,
  signIn,
}, testInfo) => {
  const org = await newOrganisation();
  await db.organisation.update({ where: { id: org.id }, data: { defaultLanguage: "cy" } });
  const trainer = await newPerson("TRAINER", org.id);
  // The trainer reads English themselves: the invitation follows the invitee's organisation, not the sender.
  await db.user.update({ where: { id: trainer.id }, data: { language: "en-GB" } });
  await signIn(page, trainer);
  const email = `cymraeg-${Date.now()}@e2e.example`;
  await page.goto("/trainer/invite");
  await page.getByLabel("Name").fill("Siân Ŵyn");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invitation to ${email} made, but not sent`)).toBeVisible();

  const invitation = await db.emailMessage.findFirstOrThrow({ where: { toEmail: email, kind: "invitation" } });
  expect(invitation.subject).toBe(`Gwahoddiad i hyfforddiant diogelu: ${org.name}`);
  const text = await liveEmailText(db, { toEmail: email, kind: "invitation" });
  expect(text).toMatch(/^Annwyl Siân Ŵyn,\n/);
  expect(text).toContain(`Mae ${trainer.name} wedi eich gwahodd i ddilyn cwrs diogelu ${org.name}`);
  expect(text).toContain("(mae'r ddolen yn gweithio unwaith, am 7 diwrnod):");
  expect(text).not.toMatch(/invited|Hello/);
  await testInfo.attach("welsh-invitation-email", {
    body: `${invitation.subject}\n\n${text}`,
    contentType: "text/plain",
  });

  // Someone in an English organisation who chose Welsh asks for a reset link: Welsh.
  const englishOrg = await newOrganisation();
  const speaker = await newPerson("LEARNER", englishOrg.id);
  await db.user.update({ where: { id: speaker.id }, data: { language: "cy" } });
  const visitor = await (await browser.newContext()).newPage();
  await visitor.setExtraHTTPHeaders(ownClientAddress());
  await visitor.goto("/forgot-password");
  await visitor.getByLabel("Email").fill(speaker.email);
  await visitor.getByRole("button", { name: "Send me a reset link" }).click();
  await expect.poll(() => db.emailMessage.count({ where: { toUserId: speaker.id, kind: "password-reset" } })).toBe(1);
  const reset = await db.emailMessage.findFirstOrThrow({ where: { toUserId: speaker.id, kind: "password-reset" } });
  expect(reset.subject).toBe("Ailosod eich cyfrinair ar gyfer hyfforddiant diogelu");
  expect(await liveEmailText(db, { id: reset.id })).toContain("o fewn 60 munud i ddewis cyfrinair newydd");
});

test("Welsh readers get a Welsh web manifest: the installed app's name is Welsh", async ({
  page,
  request,
  db,
  newPerson,
  newOrganisation,
  signIn,
}) => {
  const org = await newOrganisation();
  const learner = await newPerson("LEARNER", org.id);
  await db.user.update({ where: { id: learner.id }, data: { language: "cy" } });
  await signIn(page, learner);
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(new URL(href!, page.url()).pathname).toBe("/manifest-cy.webmanifest");
  const welsh = (await (await request.get("/manifest-cy.webmanifest")).json()) as Record<string, unknown>;
  const english = (await (await request.get("/manifest.webmanifest")).json()) as Record<string, unknown>;
  expect(welsh).toMatchObject({ name: "Diogelu ar-lein", short_name: "Diogelu", lang: "cy" });
  // The same app, only named in Welsh: its id, start, icons and colours are the English manifest's.
  for (const key of ["id", "start_url", "scope", "display", "theme_color", "background_color", "icons"])
    expect(welsh[key], key).toEqual(english[key]);
});
