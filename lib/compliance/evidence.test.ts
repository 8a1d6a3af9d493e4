import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { dueAtFor } from "../dates/calendar-day";
import { testDatabase } from "../testing/test-database";

// A real database: the evidence pack is what a trainer shows an inspector, and who is listed as
// holding an older content version comes from certificates and enrolments together.
const database = testDatabase("evidence");

type TActor = import("../auth/current-user").TActor;
let evidence: typeof import("./evidence");
let exporter: typeof import("./export");
let admin: TActor;
let orgId: string;
let current: string;

const DAY = 24 * 60 * 60 * 1000;
const now = new Date("2026-11-25T12:00:00Z");

let course: import("../course").TCourse;

beforeAll(async () => {
  await database.migrate();
  const [{ db }, courses] = await Promise.all([import("../db/client"), import("../course")]);
  evidence = await import("./evidence");
  exporter = await import("./export");
  course = courses.getDefaultCourse();
  current = course.version;
  const org = await db.organisation.create({ data: { name: "Evidence School", slug: "evidence-school" } });
  orgId = org.id;
  const { certify } = await import("../testing/certify");
  let n = 0;
  const certificate = (userId: string, name: string, version: string, completedAt: Date) =>
    certify(db, {
      userId,
      course,
      number: `EV-c${++n}`,
      learnerName: name,
      organisationName: org.name,
      version,
      completedAt,
      enrolment: true,
    });
  const person = async (name: string) => {
    const user = await db.user.create({
      data: {
        email: `${name.split(" ")[0]!.toLowerCase()}@evidence.example`,
        name,
        searchName: name.toLowerCase(),
        organisationId: org.id,
        passwordHash: "$argon2id$fake",
      },
    });
    await db.enrolment.create({ data: { userId: user.id, organisationId: org.id, courseId: course.id } });
    return user.id;
  };
  await certificate(await person("Olive Older"), "Olive Older", "2026.11.0", new Date(now.getTime() - 100 * DAY));
  // Renewed early: the old certificate has not expired yet, but the current one is of the new version.
  const renewed = await person("Rita Renewed");
  await certificate(renewed, "Rita Renewed", "2026.11.0", new Date(now.getTime() - 340 * DAY));
  await certificate(renewed, "Rita Renewed", current, new Date(now.getTime() - DAY));
  await certificate(await person("Cai Current"), "Cai Current", current, new Date(now.getTime() - 2 * DAY));
  // Renewed early on the same content version: two unexpired certificates of it, one person.
  const same = await person("Sam Same");
  await certificate(same, "Sam Same", current, new Date(now.getTime() - 350 * DAY));
  await certificate(same, "Sam Same", current, new Date(now.getTime() - 3 * DAY));
  // Completed, but the certificate expires in 10 days: completed on the dashboard and in the pack alike.
  await certificate(await person("Eve Expiring"), "Eve Expiring", current, new Date(now.getTime() - 355 * DAY));
  // Not started, due in the new year: the one person the months ahead show becoming overdue (in January).
  await db.enrolment.update({
    where: { userId_courseId: { userId: await person("Nia Notstarted"), courseId: course.id } },
    data: { dueAt: dueAtFor("2027-01-15") },
  });
  await db.safeguardingContact.createMany({
    data: [
      { organisationId: org.id, kind: "DSL", name: "Dana Lead", phone: "01234 567890", sortOrder: 0 },
      { organisationId: org.id, kind: "DEPUTY_DSL", name: "Dev Deputy", phone: "01234 567891", sortOrder: 1 },
      { organisationId: org.id, kind: "LADO", name: "County LADO", phone: "01234 111222", sortOrder: 2 },
    ],
  });
  await db.organisation.update({
    where: { id: org.id },
    data: { contactsReviewedAt: new Date("2026-03-03T10:00:00Z") },
  });
  const adminUser = await db.user.create({
    data: {
      email: "admin@evidence.example",
      name: "Ada Admin",
      role: "ADMIN",
      organisationId: org.id,
      passwordHash: "$argon2id$fake",
    },
  });
  admin = { id: adminUser.id, name: adminUser.name, email: adminUser.email, role: "ADMIN", organisationId: org.id };
  // Migrating a fresh database and writing a dozen certificates: room for a busy machine.
}, 60_000);

afterAll(() => database.drop());

describe("the evidence pack's content versions", () => {
  it("lists who holds a current certificate of an older version, not someone who has since renewed, and points older versions to the changelog", async () => {
    const e = await evidence.gatherEvidence(admin, course, { organisationId: orgId }, now);
    expect(e.olderVersionHolders.map((p) => [p.name, p.version])).toEqual([["Olive Older", "2026.11.0"]]);
    expect(e.olderVersionHoldersMore).toBe(false);
    // Counted once each: Rita's superseded certificate of 2026.11.0 is not counted, nor Sam's of the current version.
    const { describeVersions } = await import("./evidence-versions");
    const versions = describeVersions(e.versions, e.course.version, e.course.changelog);
    expect(versions.map((v) => v.text)).toEqual([
      `Version ${current}: 4 people (the current version)`,
      "Version 2026.11.0: 1 person",
    ]);
    const older = versions.find((v) => v.text.startsWith("Version 2026.11.0"));
    expect(older?.detail[0]).toMatch(/content\/changelog\.yaml/);
    expect(older?.detail.some((d) => d.startsWith(`${current} `))).toBe(true);
    expect(versions.find((v) => v.text.startsWith(`Version ${current}`))?.detail).toEqual([]);
    const { drawEvidencePdf } = await import("./evidence-pdf");
    expect((await drawEvidencePdf(e)).length).toBeGreaterThan(1000);
  });

  it("gives each person's completed version in the CSV", async () => {
    const text = (
      await new Response(await exporter.streamLearnersCsv(admin, course, { organisationId: orgId }, now)).text()
    ).replace(/^\uFEFF/, "");
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(Object.fromEntries(rows.map((r) => [r.Name, r["Content version"]]))).toEqual({
      "Olive Older": "2026.11.0",
      "Rita Renewed": current,
      "Cai Current": current,
      "Sam Same": current,
      "Eve Expiring": current,
      "Nia Notstarted": "",
    });
  });
});

describe("the evidence pack and the dashboard", () => {
  it("count the same people as completed, a certificate expiring soon included, from one function", async () => {
    const { getComplianceSummary } = await import("./dashboard");
    const e = await evidence.gatherEvidence(admin, course, { organisationId: orgId }, now);
    const dashboard = await getComplianceSummary(admin, course, { organisationId: orgId }, now);
    expect(e.summary.headline).toEqual(dashboard.headline);
    expect(dashboard.headline).toMatchObject({ total: 6, completed: 5, expiringSoon: 1, notStarted: 1 });
  });
});

describe("the evidence pack's PDF", () => {
  it("names the DSL and deputy, when the contacts were reviewed, everyone's status and dates, and ends with a sign-off", async () => {
    const { drawEvidencePdf } = await import("./evidence-pdf");
    const e = await evidence.gatherEvidence(admin, course, { organisationId: orgId }, now);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "evidence-")), "e.pdf");
    fs.writeFileSync(file, await drawEvidencePdf(e));
    // pdftotext (Debian's poppler-utils) reads the PDF as a person's PDF reader would; .ci/run installs it.
    const text = spawnSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).stdout;
    expect(text).toContain("Designated safeguarding lead (DSL): Dana Lead, 01234 567890");
    expect(text).toContain("Deputy DSL: Dev Deputy");
    expect(text).not.toContain("County LADO");
    expect(text).toContain("Contacts last reviewed on 3 March 2026.");
    expect(text).toContain("Completed: 5 (83%)");
    expect(text).toContain("of whom 1 expires within 30 days");
    expect(text).toMatch(/Eve Expiring\s+Completed\s+–\s+–\s+5 Dec 2025\s+5 Dec 2026/);
    expect(text).toContain("(expires within 30");
    expect(text).toMatch(/Nia Notstarted\s+Not started/);
    // The course's title is whole, not cut short.
    expect(text).toContain(course.title);
    expect(text).toContain(`Course content version ${current}`);
    expect(text).toContain("Renewal policy: Renew every 12 months from completion");
    expect(text).toContain("Sign-off");
    for (const who of ["Headteacher or manager", "Governor, trustee or committee member"]) expect(text).toContain(who);
    expect(text.match(/Signature:/g)).toHaveLength(3);
  });

  it("shows the months ahead and completion over time, with the dashboard's figures", async () => {
    const { drawEvidencePdf } = await import("./evidence-pdf");
    const e = await evidence.gatherEvidence(admin, course, { organisationId: orgId }, now);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "evidence-")), "e.pdf");
    fs.writeFileSync(file, await drawEvidencePdf(e));
    const text = spawnSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).stdout;
    expect(text).toContain("The months ahead");
    // Eve's certificate runs out on 5 December; Nia, due on 15 January, is overdue from the 16th.
    expect(text).toMatch(/November 2026\s+0\s+0\n/);
    expect(text).toMatch(/December 2026\s+0\s+1\n/);
    expect(text).toMatch(/January 2027\s+1\s+0\n/);
    expect(text).toMatch(/April 2027\s+0\s+0\n/);
    expect(text).toContain("Become overdue unless they complete (solid bars)");
    expect(text).toContain("Certificates run out (hatched bars)");
    expect(text).toContain("Completion over time");
    // Five of the six hold a valid certificate today, Rita's and Sam's renewals counted once each.
    expect(text).toContain("6 people; due date 15 January 2027. Now 83% hold a valid certificate; 0% were due by");
    expect(text).toContain("Holding a valid certificate (solid line)");
    expect(text).toContain("Due by then (dashed line)");
    expect(text).toMatch(/Today/);
    expect(text).toMatch(/Due 15 Jan 2027/);
  });
});

describe("the evidence pack in Welsh", () => {
  it("is written in Welsh, with Welsh dates, month names and plural forms, for a reader who reads Welsh", async () => {
    const { createTranslator } = await import("next-intl");
    const { default: cy } = await import("../i18n/messages/cy/trainer.json");
    const { drawEvidencePdf } = await import("./evidence-pdf");
    const translator = (namespace: "TrainerEvidencePdf" | "TrainerCharts") =>
      createTranslator({ locale: "cy", messages: cy, namespace });
    const pdf = translator("TrainerEvidencePdf");
    const chart = translator("TrainerCharts");
    const e = await evidence.gatherEvidence(admin, course, { organisationId: orgId }, now);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "evidence-")), "e.pdf");
    fs.writeFileSync(
      file,
      await drawEvidencePdf(e, {
        locale: "cy",
        t: (key, values) => pdf(key as never, values as never),
        status: cy.TrainerStatus,
        kinds: cy.TrainerContacts.kinds,
        charts: {
          locale: "cy",
          becomeOverdue: chart("becomeOverdue"),
          certificatesRunOut: chart("certificatesRunOut"),
          holdingCertificate: chart("holdingCertificate"),
          dueByThen: chart("dueByThen"),
          today: chart("today"),
          dueOn: (date) => chart("dueOn", { date }),
          lastDueOn: (date) => chart("lastDueOn", { date }),
          people: (total, date, latest) =>
            date === null
              ? chart("peopleNoDueDate", { total })
              : chart(latest ? "peopleLatestDueDate" : "peopleDueDate", { total, date }),
        },
      }),
    );
    const text = spawnSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).stdout;
    expect(text).toMatch(/Hyfforddiant diogelu: tystiolaeth ar gyfer\s+arolygiad/);
    expect(text).toContain("Person diogelu dynodedig (PDD): Dana Lead, 01234 567890");
    expect(text).toContain("Adolygwyd y cysylltiadau ddiwethaf ar 3 Mawrth 2026.");
    expect(text).toContain("Wedi cwblhau: 5 (83%)");
    expect(text).toContain("ac 1 ohonynt yn dod i ben o fewn 30 diwrnod");
    expect(text).toMatch(/Tachwedd 2026\s+0\s+0\n/);
    expect(text).toMatch(/Ionawr 2027\s+1\s+0\n/);
    expect(text).toContain("Yn mynd yn hwyr oni bai eu bod yn cwblhau (barrau solet)");
    expect(text).toContain("6 pherson; dyddiad cau 15 Ionawr 2027.");
    expect(text).toMatch(/Nia Notstarted\s+Heb ddechrau/);
    expect(text).toContain("Llywodraethwr, ymddiriedolwr neu aelod o bwyllgor");
    expect(text).not.toContain("Sign-off");
    // The course's lines too: the statistics' review date with a Welsh month, the renewal policy, the versions.
    const { formatCalendarDay } = await import("../format/dates");
    expect(text).toContain(
      `Fersiwn cynnwys y cwrs ${current}, adolygwyd yr ystadegau ${formatCalendarDay(course.statisticsReviewed, { locale: "cy" })}`,
    );
    expect(text).toContain("Polisi adnewyddu: Adnewyddu bob 12 mis o'r dyddiad cwblhau");
    expect(text).toContain(`Fersiwn ${current}: 4 o bobl (y fersiwn gyfredol)`);
    expect(text).toContain("Fersiwn 2026.11.0: 1 person");
    expect(text).toContain("Yn hŷn na'r fersiwn gyfredol");
  });
});
