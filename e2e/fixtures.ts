import { test as base, expect, type BrowserContext, type BrowserContextOptions, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { appendFile, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { PrismaClient } from "../generated/prisma/client";
import { createPrismaClient } from "../lib/db/create-client";
import { hashPassword } from "../lib/auth/password";
import { generateCertificateNumber } from "../lib/certificates/number";
import { loadCourse } from "../lib/course/load";
import { certify } from "../lib/testing/certify";
import type { TCourse } from "../lib/course/types";
import { axeViolations, markScanned, scanReachedPages } from "./a11y-pages";
import { E2E_DATABASE_URL } from "./env";
import { answerQuiz } from "./quiz-helpers";
import { authenticatorOf, codeFor, giveAuthenticator } from "./second-factor";

export const PASSWORD = "correct horse battery staple";

type TPerson = { id: string; email: string; name: string; password: string; role: "LEARNER" | "TRAINER" | "ADMIN" };

type TFixtures = {
  db: PrismaClient;
  course: TCourse;
  /** A fresh person in the demo organisation, so each test starts from nothing. */
  newPerson: (role?: "LEARNER" | "TRAINER" | "ADMIN", organisationId?: string, groupIds?: string[]) => Promise<TPerson>;
  /** A fresh organisation with the named groups, so a test's counts are its own. */
  newOrganisation: (groups?: string[]) => Promise<{ id: string; name: string; groups: { id: string; name: string }[] }>;
  signIn: (page: Page, person: { email: string; password: string; role?: TPerson["role"] }) => Promise<void>;
  /**
   * Signs the person in on a page of a new browser context (another browser: its own cookies), made with these
   * options, and returns the page; `initScript` runs in each of its pages before theirs. Closed when the test ends.
   */
  signInElsewhere: (
    person: { email: string; password: string; role?: TPerson["role"] },
    options?: BrowserContextOptions & { initScript?: () => void },
  ) => Promise<Page>;
  /**
   * Takes a learner to a certificate: earlier modules recorded as passed, the last quiz passed in the
   * browser (signed in on the given page). Returns the certificate number.
   */
  completeCourse: (page: Page, person: { id: string; email: string; password: string }) => Promise<string>;
  /**
   * A completion and its certificate for this person, written straight to the database as passing the final quiz
   * leaves them (lib/testing/certify.ts), with the enrolment naming it unless revoked. Completed now, valid for a year,
   * at the course's version, unless told otherwise. Returns the certificate's number.
   */
  certifyPerson: (
    person: { id: string; name: string },
    options?: { completedAt?: Date; expiresAt?: Date; version?: string; revokedAt?: Date },
  ) => Promise<string>;
  /** Records passes of these modules directly, as if the learner had taken the quizzes. */
  recordPasses: (userId: string, moduleIds: string[]) => Promise<void>;
  /** Records every lesson of these modules (default: all) as opened, as the quiz requires before it opens. */
  openLessons: (userId: string, moduleIds?: string[]) => Promise<void>;
  /** Fails on any serious or critical WCAG 2.2 AA violation axe finds on the page as it is now. */
  checkA11y: (page: Page) => Promise<void>;
  /**
   * For the Welsh specs: the page is in Welsh (html lang="cy"), passes checkA11y, and is attached as a screenshot
   * under this name (an artefact of each Welsh screen).
   */
  lookInWelsh: (page: Page, name: string) => Promise<void>;
  /** Writes the screenshots a test attaches to test-results/screenshots/ (see below). */
  keepScreenshots: void;
  /**
   * On (the default on SQLite): when a test ends, the pages it reached are scanned as checkA11y scans (see
   * a11yAfterTest).
   * A spec turns it off with test.use({ scanReachedPages: false }) and says why.
   */
  scanReachedPages: boolean;
  /** Scans the pages of these browser contexts (see below); the fixtures that close contexts call it first. */
  a11yAfterTest: { scan: (contexts: BrowserContext[]) => Promise<void> };
};

export { WCAG_TAGS } from "./a11y-pages";

const courseOnce = loadCourse(undefined, null).course;

export const test = base.extend<TFixtures>({
  db: async ({}, use) => {
    const db = createPrismaClient(E2E_DATABASE_URL, { poolSize: 2 });
    await use(db);
    await db.$disconnect();
  },
  course: async ({}, use) => {
    if (!courseOnce) throw new Error("content/ is invalid: run npm run content:check");
    await use(courseOnce);
  },
  newPerson: async ({ db }, use) => {
    const passwordHash = await hashPassword(PASSWORD);
    const demo = await db.organisation.findUniqueOrThrow({ where: { slug: "oakfield-demo" } });
    await use(async (role = "LEARNER", organisationId = demo.id, groupIds = []) => {
      const email = `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@e2e.example`;
      const name = `E2E ${role.charAt(0)}${role.slice(1).toLowerCase()} ${email.slice(role.length + 1, role.length + 5)}`;
      const user = await db.user.create({
        data: {
          email,
          name,
          searchName: name.toLowerCase(),
          role,
          passwordHash,
          organisationId,
          memberships: { create: groupIds.map((groupId) => ({ groupId })) },
        },
      });
      await db.enrolment.create({ data: { userId: user.id, organisationId, courseId: courseOnce!.id } });
      // Trainers and administrators must use two-step verification: set up as they would have.
      if (role !== "LEARNER") await giveAuthenticator(db, { id: user.id, email });
      return { id: user.id, email, name, password: PASSWORD, role };
    });
  },
  newOrganisation: async ({ db }, use) => {
    await use(async (groups = []) => {
      const name = `E2E School ${randomUUID().slice(0, 6)}`;
      const org = await db.organisation.create({
        data: {
          name,
          slug: name.toLowerCase().replace(/\s+/g, "-"),
          groups: { create: groups.map((g) => ({ name: g })) },
        },
        include: { groups: true },
      });
      return { id: org.id, name, groups: org.groups.map((g) => ({ id: g.id, name: g.name })) };
    });
  },
  certifyPerson: async ({ db, course }, use) => {
    await use(async (person, options = {}) => {
      const { organisation } = await db.user.findUniqueOrThrow({
        where: { id: person.id },
        select: { organisation: { select: { name: true } } },
      });
      const number = generateCertificateNumber();
      await certify(db, {
        userId: person.id,
        course,
        number,
        learnerName: person.name,
        organisationName: organisation.name,
        completedAt: options.completedAt ?? new Date(),
        expiresAt: options.expiresAt,
        version: options.version,
        revokedAt: options.revokedAt,
        enrolment: true,
      });
      return number;
    });
  },
  recordPasses: async ({ db, course }, use) => {
    await use(async (userId, moduleIds) => {
      for (const moduleId of moduleIds) {
        const now = new Date();
        const quiz = course.modules.find((m) => m.id === moduleId)!.quiz;
        await db.quizAttempt.create({
          data: {
            userId,
            submissionId: randomUUID(),
            courseId: course.id,
            courseVersion: course.version,
            moduleId,
            quizId: quiz.id,
            answers: {},
            correctCount: quiz.draw,
            questionCount: quiz.draw,
            scorePercent: 100,
            passMark: 80,
            passed: true,
            startedAt: new Date(now.getTime() - 60_000),
            submittedAt: now,
            durationSeconds: 60,
          },
        });
        await db.moduleProgress.create({
          data: {
            userId,
            courseId: course.id,
            moduleId,
            bestScore: 100,
            attemptCount: 1,
            firstPassedAt: now,
            lastPassedAt: now,
            lastActivityAt: now,
          },
        });
      }
    });
  },
  openLessons: async ({ db, course }, use) => {
    await use(async (userId, moduleIds = course.modules.map((m) => m.id)) => {
      const rows = course.modules
        .filter((m) => moduleIds.includes(m.id))
        .flatMap((m) => m.lessons.map((l) => ({ userId, courseId: course.id, moduleId: m.id, lessonId: l.id })));
      for (const row of rows) {
        await db.lessonView.upsert({
          where: { userId_courseId_lessonId: { userId, courseId: course.id, lessonId: row.lessonId } },
          create: row,
          update: {},
        });
      }
    });
  },
  completeCourse: async ({ recordPasses, openLessons, signIn, course, db }, use) => {
    await use(async (page, person) => {
      await recordPasses(
        person.id,
        course.modules.slice(0, -1).map((m) => m.id),
      );
      await openLessons(person.id, [course.modules[course.modules.length - 1]!.id]);
      await signIn(page, person);
      const last = course.modules[course.modules.length - 1]!;
      await page.goto(`/course/${last.id}/quiz`);
      await answerQuiz(page, last, "right");
      await page.getByRole("button", { name: "Submit answers" }).click();
      await expect(page.getByRole("heading", { name: "You passed this module" })).toBeVisible();
      return (await db.certificate.findFirstOrThrow({ where: { userId: person.id } })).number;
    });
  },
  signIn: async ({ db }, use) => {
    await use(async (page, person) => {
      await page.goto("/login");
      await page.getByLabel("Email").fill(person.email);
      await page.getByLabel("Password").fill(person.password);
      await page.getByRole("button", { name: "Sign in" }).click();
      if (authenticatorOf(person.email)) {
        await expect(page).toHaveURL(/\/login\/code/);
        // The code step is in the person's own language (Welsh for some): the first form, by its field, not its words.
        const codeForm = page.getByTestId("code-form");
        await codeForm.locator("input[name='code']").fill(await codeFor(db, person.email));
        await codeForm.locator("button[type='submit']").click();
      }
      // Each lands on their own starting page: learners their course, trainers and administrators the dashboard.
      const landing = { LEARNER: /\/course$/, TRAINER: /\/trainer$/, ADMIN: /\/trainer$/ } as const;
      await expect(page).toHaveURL(person.role ? landing[person.role] : /\/(course|trainer)$/);
    });
  },
  checkA11y: async ({}, use, testInfo) => {
    await use(async (page) => {
      expect(await axeViolations(page), `accessibility on ${page.url()}`).toEqual([]);
      await markScanned(page, testInfo);
    });
  },
  lookInWelsh: async ({ checkA11y }, use, testInfo) => {
    await use(async (page, name) => {
      await expect(page.locator("html")).toHaveAttribute("lang", "cy");
      await checkA11y(page);
      await testInfo.attach(name, { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
    });
  },

  signInElsewhere: async ({ browser, signIn, a11yAfterTest }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (person, { initScript, ...options } = {}) => {
      const context = await browser.newContext(options);
      contexts.push(context);
      if (initScript) await context.addInitScript(initScript);
      const page = await context.newPage();
      await signIn(page, person);
      return page;
    });
    await a11yAfterTest.scan(contexts);
    for (const context of contexts) await context.close();
  },
  // Off on the second database: its run repeats specs the SQLite run has already taken through the same pages
  // (instances.spec, its only own spec, fetches pages without a browser), and a page's markup does not depend on the
  // database, so scanning them again would only spend CI time.
  scanReachedPages: [!/^postgres(ql)?:/.test(E2E_DATABASE_URL), { option: true }],
  /**
   * Every test that imports these fixtures is an accessibility check of the pages it reaches: when it ends (and
   * passed), each page shape it reached (route pattern, language, phone or wider width) that no test has scanned
   * this run is scanned with checkA11y's rules, and a violation fails the test, naming the rule, the page and the
   * nodes. The page each tab ended on is scanned as the test left it; the earlier pages in its history are loaded
   * again in a new tab (scanning as each is left would race the test's own clicks). Claims are files under
   * test-results/a11y-scanned, so workers share them and each shape costs one scan a run.
   */
  a11yAfterTest: [
    async ({ browser, scanReachedPages: on }, use, testInfo) => {
      const before = new Set(browser.contexts());
      const done = new Set<BrowserContext>();
      const scan = async (contexts: BrowserContext[]) => {
        const fresh = contexts.filter((c) => !done.has(c));
        fresh.forEach((c) => done.add(c));
        if (!on || testInfo.status !== testInfo.expectedStatus || fresh.length === 0) return;
        const started = Date.now();
        const found = await scanReachedPages(fresh, testInfo);
        // What the scans cost, test by test, to add up after a run (the suite's time is the sum of these and more).
        await appendFile(
          path.join(testInfo.project.outputDir, "a11y-scan-times.tsv"),
          `${Date.now() - started}\t${testInfo.titlePath.slice(1).join(" › ")}\n`,
        );
        expect(found, "axe (WCAG 2.2 AA) on the pages this test reached").toEqual([]);
      };
      await use({ scan });
      // Contexts the test made itself with browser.newContext() and left open: scanned, then closed, so their pages
      // and timers do not run on through the rest of the worker's tests.
      const leftOpen = browser.contexts().filter((c) => !before.has(c));
      try {
        await scan(leftOpen);
      } finally {
        await Promise.all(leftOpen.map((c) => c.close().catch(() => undefined)));
      }
    },
    { auto: true, timeout: 120_000 },
  ],
  page: [
    async ({ page, a11yAfterTest }, use) => {
      await use(page);
      await a11yAfterTest.scan([page.context()]);
    },
    { scope: "test", timeout: 120_000 },
  ],
  // Attached screenshots reach the HTML report only when that reporter runs (CI); written here as well, they are in
  // test-results/screenshots/<spec>/<test>/ after any run, with any reporter, to look at or keep as CI artefacts.
  keepScreenshots: [
    async ({}, use, testInfo) => {
      await use();
      const images = testInfo.attachments.filter((a) => a.body && a.contentType === "image/png");
      if (images.length === 0) return;
      const slug = (text: string) =>
        text
          .replace(/[^a-z0-9]+/gi, "-")
          .replace(/^-|-$/g, "")
          .slice(0, 80);
      const folder = path.join(
        testInfo.project.outputDir,
        "screenshots",
        slug(path.basename(testInfo.file, ".spec.ts")),
        slug(`${testInfo.project.name} ${testInfo.title}`),
      );
      await mkdir(folder, { recursive: true });
      for (const image of images) await writeFile(path.join(folder, `${slug(image.name)}.png`), image.body!);
    },
    { auto: true },
  ],
});

export { expect };
