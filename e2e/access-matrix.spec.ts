import fs from "node:fs";
import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";
import { signInOverHttp } from "./http-client";

/**
 * Every page and route handler, as five people: no one, a learner, a trainer of the same
 * organisation, a trainer of another, and an administrator. Paths carry the ids of someone else's
 * records. ok = 200; login = sent to sign in; redirect = sent elsewhere (3xx); or the status expected.
 * Server actions are checked where they are defined: each re-checks the session and calls a lib/
 * function that scopes its query by the actor (see the e2e and lib tests of each).
 */
type TOutcome = "ok" | "login" | "redirect" | 401 | 403 | 404 | 405;
type TActor = "anonymous" | "learner" | "trainer" | "otherTrainer" | "admin";
type TRow = { route: string; path: (ids: TIds) => string; expect: Record<TActor, TOutcome> };
type TIds = { org: string; learner: string; attempt: string; certificate: string; module: string; lesson: string };

const all = (o: TOutcome): Record<TActor, TOutcome> => ({ anonymous: o, learner: o, trainer: o, otherTrainer: o, admin: o });
const signedIn = (o: TOutcome, anonymous: TOutcome = "login"): Record<TActor, TOutcome> => ({ ...all(o), anonymous });
const adminArea = { anonymous: "login", learner: 403, trainer: 403, otherTrainer: 403, admin: "ok" } as const;
const theirOrg = (deniedOther: TOutcome) => ({ anonymous: "login", learner: 403, trainer: "ok", otherTrainer: deniedOther, admin: "ok" }) as const;

const MATRIX: TRow[] = [
  { route: "/", path: () => "/", expect: { ...all("redirect"), anonymous: "login" } },
  { route: "/login", path: () => "/login", expect: { ...all("redirect"), anonymous: "ok" } },
  { route: "/forgot-password", path: () => "/forgot-password", expect: all("ok") },
  { route: "/reset-password/[token]", path: () => "/reset-password/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", expect: all("ok") },
  { route: "/invite/[token]", path: () => "/invite/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", expect: all("ok") },
  { route: "/verify", path: () => "/verify", expect: all("ok") },
  { route: "/verify/[number]", path: (i) => `/verify/${i.certificate}`, expect: all("ok") },
  { route: "/api/health", path: () => "/api/health", expect: all("ok") },
  { route: "/api/auth/[...nextauth]", path: () => "/api/auth/csrf", expect: all("ok") },
  { route: "/course", path: () => "/course", expect: signedIn("ok") },
  { route: "/course/worried-card", path: () => "/course/worried-card", expect: signedIn("ok") },
  { route: "/course/[moduleId]", path: (i) => `/course/${i.module}`, expect: signedIn("ok") },
  { route: "/course/[moduleId]/lessons/[lessonId]", path: (i) => `/course/${i.module}/lessons/${i.lesson}`, expect: signedIn("ok") },
  { route: "/course/[moduleId]/quiz", path: (i) => `/course/${i.module}/quiz`, expect: signedIn("ok") },
  { route: "/course/[moduleId]/quiz/attempts/[attemptId]", path: (i) => `/course/${i.module}/quiz/attempts/${i.attempt}`, expect: signedIn(404) },
  { route: "/certificates/[number]", path: (i) => `/certificates/${i.certificate}`, expect: { anonymous: "login", learner: 404, trainer: "ok", otherTrainer: 404, admin: "ok" } },
  { route: "/certificates/[number]/pdf", path: (i) => `/certificates/${i.certificate}/pdf`, expect: { anonymous: "login", learner: 404, trainer: "ok", otherTrainer: 404, admin: "ok" } },
  { route: "/account", path: () => "/account", expect: signedIn("ok") },
  { route: "/account/data", path: () => "/account/data", expect: signedIn("ok") },
  { route: "/api/modules/[moduleId]/quiz", path: (i) => `/api/modules/${i.module}/quiz`, expect: signedIn("ok", 401) },
  { route: "/api/modules/[moduleId]/attempts", path: (i) => `/api/modules/${i.module}/attempts`, expect: signedIn(405, 401) },
  { route: "/api/lesson-time", path: () => "/api/lesson-time", expect: signedIn(405, 401) },
  { route: "/trainer", path: (i) => `/trainer?org=${i.org}`, expect: theirOrg(404) },
  { route: "/trainer/assign", path: (i) => `/trainer/assign?org=${i.org}`, expect: theirOrg(404) },
  { route: "/trainer/invite", path: (i) => `/trainer/invite?org=${i.org}`, expect: theirOrg(404) },
  { route: "/trainer/import", path: (i) => `/trainer/import?org=${i.org}`, expect: theirOrg(404) },
  { route: "/trainer/contacts", path: (i) => `/trainer/contacts?org=${i.org}`, expect: theirOrg(404) },
  { route: "/trainer/evidence", path: (i) => `/trainer/evidence?org=${i.org}`, expect: theirOrg(404) },
  { route: "/trainer/learners/[userId]", path: (i) => `/trainer/learners/${i.learner}`, expect: theirOrg(404) },
  { route: "/trainer/export.csv", path: (i) => `/trainer/export.csv?org=${i.org}`, expect: theirOrg(403) },
  { route: "/trainer/evidence.pdf", path: (i) => `/trainer/evidence.pdf?org=${i.org}`, expect: theirOrg(403) },
  { route: "/trainer/certificates.pdf", path: (i) => `/trainer/certificates.pdf?org=${i.org}&userId=${i.learner}`, expect: theirOrg(403) },
  { route: "/admin", path: () => "/admin", expect: adminArea },
  { route: "/admin/audit", path: () => "/admin/audit", expect: adminArea },
  { route: "/admin/certificates", path: (i) => `/admin/certificates?number=${i.certificate}`, expect: adminArea },
  { route: "/admin/organisations", path: () => "/admin/organisations", expect: adminArea },
  { route: "/admin/organisations/[organisationId]", path: (i) => `/admin/organisations/${i.org}`, expect: adminArea },
  { route: "/admin/outbox", path: () => "/admin/outbox", expect: adminArea },
  { route: "/admin/people", path: () => "/admin/people", expect: adminArea },
  { route: "/admin/people/[userId]", path: (i) => `/admin/people/${i.learner}`, expect: adminArea },
];
// Routes that only exist for Next's own error handling.
const FRAMEWORK_ROUTES = ["/_not-found", "/_global-error"];

test("every page and route handler gives each kind of person exactly the expected answer, and nothing of others' records leaks", async ({ browser, newPerson, newOrganisation, completeCourse, course, db, baseURL }) => {
  test.setTimeout(240_000);
  // A new route cannot ship without a row here.
  const built = new Set(Object.values(JSON.parse(fs.readFileSync(".next/app-path-routes-manifest.json", "utf8")) as Record<string, string>));
  expect([...built].filter((r) => !FRAMEWORK_ROUTES.includes(r) && !MATRIX.some((row) => row.route === r)), "routes with no row in the access matrix").toEqual([]);

  // Someone else's records: a learner of organisation A who completed the course.
  const orgA = await newOrganisation(["Site A"]);
  const owner = await newPerson("LEARNER", orgA.id, [orgA.groups[0]!.id]);
  const certificate = await completeCourse(await (await browser.newContext()).newPage(), owner);
  const last = course.modules[course.modules.length - 1]!;
  const attempt = await db.quizAttempt.findFirstOrThrow({ where: { userId: owner.id, moduleId: last.id } });
  const ids: TIds = { org: orgA.id, learner: owner.id, attempt: attempt.id, certificate, module: last.id, lesson: last.lessons[0]!.id };

  const orgB = await newOrganisation();
  const people = {
    learner: await newPerson("LEARNER", orgA.id),
    trainer: await newPerson("TRAINER", orgA.id),
    otherTrainer: await newPerson("TRAINER", orgB.id),
    admin: await newPerson("ADMIN", orgB.id),
  };
  const clients = {} as Record<TActor, APIRequestContext>;
  clients.anonymous = await playwrightRequest.newContext({ baseURL });
  for (const [actor, person] of Object.entries(people) as [Exclude<TActor, "anonymous">, { email: string; password: string }][]) {
    clients[actor] = await signInOverHttp(baseURL!, person.email, person.password);
  }

  const failures: string[] = [];
  for (const row of MATRIX) {
    const path = row.path(ids);
    for (const actor of Object.keys(row.expect) as TActor[]) {
      const expected = row.expect[actor];
      const response = await clients[actor].get(path, { maxRedirects: 0 });
      const status = response.status();
      const location = response.headers()["location"] ?? "";
      const got: TOutcome | number =
        status === 200 ? "ok" : status >= 300 && status < 400 ? (/\/login(\?|$)/.test(location) ? "login" : "redirect") : status;
      if (got !== expected) failures.push(`${actor} GET ${path}: expected ${expected}, got ${got}${location ? ` → ${location}` : ""}`);
      if (got !== "ok") {
        const body = await response.text();
        for (const secret of [owner.email, owner.name]) if (body.includes(secret)) failures.push(`${actor} GET ${path}: a ${status} answer contains ${secret}`);
      }
    }
  }
  expect(failures).toEqual([]);
});
