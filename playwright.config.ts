import { defineConfig, devices } from "@playwright/test";
import { databaseProvider } from "./lib/db/provider";

const port = Number(process.env.E2E_PORT ?? 3100);
// The OpenID Connect issuers the single sign-on tests sign in through (e2e/oidc), beside the app's port. Set here so
// the app server, the issuers and the test workers (which inherit this process's environment) all agree.
process.env.OIDC_BASE_PORT ??= String(port + 50);
// Two instances on one database is the PostgreSQL deployment; SQLite is one server's database.
const onPostgres = databaseProvider(process.env.E2E_DATABASE_URL) === "postgresql";

// On PostgreSQL the end-to-end run keeps the specs where the database's own behaviour shows through the app:
// several processes and instances on one database, hostile input stored or refused, every route's authorisation
// against real rows, and the journeys built on raw SQL, triggers, constraints and date queries (quiz attempts, lesson
// views, renewal cycles, certificates, the cached dashboard, item analysis, import, erasure, audit log, due dates,
// reminders). What the specs below prove does not depend on the database (layout, headers, forms in the browser,
// start-up checks, navigation, sign-in flows and sessions): they run once, on SQLite, and their data-layer functions
// run on PostgreSQL in the unit and database suite (lib/**/*.test.ts with TEST_DATABASE_URL).
const SAME_ON_ANY_DATABASE = [
  /screens\.spec\.ts/,
  /security-headers\.spec\.ts/,
  /production-secret\.spec\.ts/,
  /no-script\.spec\.ts/,
  /forms\.spec\.ts/,
  /access\.spec\.ts/,
  /bad-requests\.spec\.ts/,
  /organisation-context\.spec\.ts/,
  /welsh-admin\.spec\.ts/,
  /contacts\.spec\.ts/,
  /single-sign-on\.spec\.ts/,
  /sessions\.spec\.ts/,
  /two-step\.spec\.ts/,
  /people\.spec\.ts/,
  /invitations\.spec\.ts/,
  // Reading aloud happens in the browser, against a double of its speech synthesis.
  /listen\.spec\.ts/,
  // Files served without sign-in, and how a lesson, the worried card and a certificate print.
  /public-files\.spec\.ts/,
  /lesson-print\.spec\.ts/,
  // Which language a page is in: a column and a cookie, read the same way on either database (lib/i18n tests run on both).
  /welsh\.spec\.ts/,
  /welsh-trainer\.spec\.ts/,
  // Which language an email or a certificate is written in: the same columns, read when it is queued or drawn.
  /welsh-documents\.spec\.ts/,
  // Which words a Welsh reader of the course is given: the content and its translations ship with the build.
  /course-translation\.spec\.ts/,
  // The learner's pages in Welsh: the text comes from the message files, whatever the database.
  /welsh-learner\.spec\.ts/,
  // The sign-in area, the certificate check, the statement and the error catalogue in Welsh.
  /welsh-sign-in\.spec\.ts/,
  // Kills servers on a SQLite file of its own whatever the run's database (the embedded default's durability):
  // the PostgreSQL run would only repeat it.
  /crash\.spec\.ts/,
];

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    {
      name: "desktop",
      use: { ...devices["Desktop Chrome"] },
      testIgnore: onPostgres
        ? [/mobile\.spec\.ts/, ...SAME_ON_ANY_DATABASE]
        : [/mobile\.spec\.ts/, /instances\.spec\.ts/],
    },
    // Layout on a phone does not depend on the database either: the PostgreSQL run leaves it out.
    {
      name: "phone",
      use: { ...devices["Pixel 7"] },
      testMatch: /mobile\.spec\.ts/,
      ...(onPostgres ? { testIgnore: /.*/ } : {}),
    },
  ],
  webServer: [
    {
      command: "tsx e2e/oidc/server.ts",
      url: `http://127.0.0.1:${process.env.OIDC_BASE_PORT}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      // Started alongside the app server's build and migrations on two cores: 60 s was once not enough under load.
      timeout: 180_000,
      env: { E2E_PORT: String(port), OIDC_BASE_PORT: process.env.OIDC_BASE_PORT },
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      command: "tsx e2e/server.ts",
      url: `http://127.0.0.1:${port}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: { E2E_PORT: String(port), OIDC_BASE_PORT: process.env.OIDC_BASE_PORT },
      stdout: "pipe",
      stderr: "pipe",
    },
  ],
});
