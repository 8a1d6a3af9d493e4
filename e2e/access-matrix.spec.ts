import fs from "node:fs";
import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";
import { builtActions, callAction, succeeded, type TActionFields } from "./action-client";
import { signInOverHttp } from "./http-client";

/**
 * Every page and route handler, as six people: no one, a learner, a trainer of the same
 * organisation, a trainer of it limited to a group the records' owner is not in, a trainer of another
 * organisation, and an administrator. The group-limited trainer gets what the organisation's trainer
 * gets unless a row says otherwise. Paths carry the ids of someone else's
 * records. ok = 200; login = sent to sign in; redirect = sent elsewhere (3xx); or the status expected.
 * Server actions are called over HTTP the way a page's script calls them, with someone else's ids in
 * the payload: done = the action did it; refused = it answered with a refusal and did nothing.
 */
type TOutcome = "ok" | "login" | "redirect" | 401 | 403 | 404 | 405;
type TActor = "anonymous" | "learner" | "trainer" | "groupTrainer" | "otherTrainer" | "admin";
type TExpect<T> = Record<Exclude<TActor, "groupTrainer">, T> & { groupTrainer?: T };
type TRow = { route: string; path: (ids: TIds) => string; expect: TExpect<TOutcome> };
const ACTORS: TActor[] = ["anonymous", "learner", "trainer", "groupTrainer", "otherTrainer", "admin"];
const expectedOf = <T>(expect: TExpect<T>, actor: TActor): T =>
  actor === "groupTrainer" ? (expect.groupTrainer ?? expect.trainer) : expect[actor];
// What a trainer limited to another group may not open: the owner's own records.
const outsideGroup = { groupTrainer: 404 } as const;
type TIds = {
  org: string;
  group: string;
  learner: string;
  attempt: string;
  certificate: string;
  module: string;
  lesson: string;
  ownerQuizToken: string;
  orgTrainer: string;
  orgAdmin: string;
};

const all = (o: TOutcome): TExpect<TOutcome> => ({ anonymous: o, learner: o, trainer: o, otherTrainer: o, admin: o });
const signedIn = (o: TOutcome, anonymous: TOutcome = "login"): TExpect<TOutcome> => ({ ...all(o), anonymous });
const adminArea = { anonymous: "login", learner: 403, trainer: 403, otherTrainer: 403, admin: "ok" } as const;
const theirOrg = (deniedOther: TOutcome) =>
  ({ anonymous: "login", learner: 403, trainer: "ok", otherTrainer: deniedOther, admin: "ok" }) as const;
// Another trainer's or an administrator's training record is for administrators, even in the trainer's own organisation.
const staffRecord = { anonymous: "login", learner: 403, trainer: 404, otherTrainer: 404, admin: "ok" } as const;

const MATRIX: TRow[] = [
  { route: "/.well-known/security.txt", path: () => "/.well-known/security.txt", expect: all("ok") },
  // The accessibility statement is for anyone, before they have an account.
  { route: "/accessibility", path: () => "/accessibility", expect: all("ok") },
  { route: "/", path: () => "/", expect: { ...all("redirect"), anonymous: "login" } },
  { route: "/login", path: () => "/login", expect: { ...all("redirect"), anonymous: "ok" } },
  { route: "/forgot-password", path: () => "/forgot-password", expect: all("ok") },
  // The second step of signing in: a full session is sent on to where it was going.
  { route: "/login/code", path: () => "/login/code", expect: signedIn("redirect") },
  // Anyone signed in may set up an authenticator; those who have one are told it is on.
  { route: "/two-step/setup", path: () => "/two-step/setup", expect: signedIn("ok") },
  {
    route: "/reset-password/[token]",
    path: () => "/reset-password/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    expect: all("ok"),
  },
  { route: "/invite/[token]", path: () => "/invite/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", expect: all("ok") },
  { route: "/verify", path: () => "/verify", expect: all("ok") },
  { route: "/verify/[number]", path: (i) => `/verify/${i.certificate}`, expect: all("ok") },
  { route: "/api/health", path: () => "/api/health", expect: all("ok") },
  { route: "/api/auth/[...nextauth]", path: () => "/api/auth/csrf", expect: all("ok") },
  { route: "/course", path: () => "/course", expect: signedIn("ok") },
  { route: "/course/worried-card", path: () => "/course/worried-card", expect: signedIn("ok") },
  { route: "/course/[moduleId]", path: (i) => `/course/${i.module}`, expect: signedIn("ok") },
  {
    route: "/course/[moduleId]/lessons/[lessonId]",
    path: (i) => `/course/${i.module}/lessons/${i.lesson}`,
    expect: signedIn("ok"),
  },
  { route: "/course/[moduleId]/quiz", path: (i) => `/course/${i.module}/quiz`, expect: signedIn("ok") },
  {
    route: "/course/[moduleId]/quiz/attempts/[attemptId]",
    path: (i) => `/course/${i.module}/quiz/attempts/${i.attempt}`,
    expect: signedIn(404),
  },
  {
    route: "/certificates/[number]",
    path: (i) => `/certificates/${i.certificate}`,
    expect: { anonymous: "login", learner: 404, trainer: "ok", otherTrainer: 404, admin: "ok", ...outsideGroup },
  },
  {
    route: "/certificates/[number]/pdf",
    path: (i) => `/certificates/${i.certificate}/pdf`,
    expect: { anonymous: "login", learner: 404, trainer: "ok", otherTrainer: 404, admin: "ok", ...outsideGroup },
  },
  { route: "/account", path: () => "/account", expect: signedIn("ok") },
  { route: "/account/data", path: () => "/account/data", expect: signedIn("ok") },
  { route: "/account/reading", path: () => "/account/reading", expect: signedIn("ok") },
  { route: "/api/modules/[moduleId]/quiz", path: (i) => `/api/modules/${i.module}/quiz`, expect: signedIn("ok", 401) },
  {
    route: "/api/modules/[moduleId]/attempts",
    path: (i) => `/api/modules/${i.module}/attempts`,
    expect: signedIn(405, 401),
  },
  { route: "/api/lesson-time", path: () => "/api/lesson-time", expect: signedIn(405, 401) },
  { route: "/api/lesson-views", path: () => "/api/lesson-views", expect: signedIn(405, 401) },
  { route: "/trainer", path: (i) => `/trainer?org=${i.org}`, expect: theirOrg(404) },
  { route: "/trainer/assign", path: (i) => `/trainer/assign?org=${i.org}`, expect: theirOrg(404) },
  { route: "/trainer/invite", path: (i) => `/trainer/invite?org=${i.org}`, expect: theirOrg(404) },
  { route: "/trainer/import", path: (i) => `/trainer/import?org=${i.org}`, expect: theirOrg(404) },
  { route: "/trainer/contacts", path: (i) => `/trainer/contacts?org=${i.org}`, expect: theirOrg(404) },
  { route: "/trainer/evidence", path: (i) => `/trainer/evidence?org=${i.org}`, expect: theirOrg(404) },
  { route: "/trainer/questions", path: (i) => `/trainer/questions?org=${i.org}`, expect: theirOrg(404) },
  {
    route: "/trainer/learners/[userId]",
    path: (i) => `/trainer/learners/${i.learner}`,
    expect: { ...theirOrg(404), ...outsideGroup },
  },
  { route: "/trainer/learners/[userId]", path: (i) => `/trainer/learners/${i.orgTrainer}`, expect: staffRecord },
  { route: "/trainer/learners/[userId]", path: (i) => `/trainer/learners/${i.orgAdmin}`, expect: staffRecord },
  { route: "/trainer/export.csv", path: (i) => `/trainer/export.csv?org=${i.org}`, expect: theirOrg(403) },
  {
    route: "/trainer/import/template.csv",
    path: (i) => `/trainer/import/template.csv?org=${i.org}`,
    expect: theirOrg(403),
  },
  { route: "/trainer/evidence.pdf", path: (i) => `/trainer/evidence.pdf?org=${i.org}`, expect: theirOrg(403) },
  {
    route: "/trainer/certificates.pdf",
    path: (i) => `/trainer/certificates.pdf?org=${i.org}&userId=${i.learner}`,
    expect: { ...theirOrg(403), ...outsideGroup },
  },
  { route: "/admin", path: () => "/admin", expect: adminArea },
  { route: "/admin/audit", path: () => "/admin/audit", expect: adminArea },
  {
    route: "/admin/audit/export.csv",
    path: (i) => `/admin/audit/export.csv?org=${i.org}&from=01/01/2020`,
    expect: adminArea,
  },
  { route: "/admin/certificates", path: (i) => `/admin/certificates?number=${i.certificate}`, expect: adminArea },
  { route: "/admin/organisations", path: () => "/admin/organisations", expect: adminArea },
  { route: "/admin/organisations/[organisationId]", path: (i) => `/admin/organisations/${i.org}`, expect: adminArea },
  { route: "/admin/outbox", path: () => "/admin/outbox", expect: adminArea },
  { route: "/admin/people", path: () => "/admin/people", expect: adminArea },
  { route: "/admin/people/[userId]", path: (i) => `/admin/people/${i.learner}`, expect: adminArea },
];
type TActionOutcome = "done" | "refused" | "login";
type TActionContext = {
  ids: TIds;
  owner: { email: string };
  unique: string;
  trainerPreview: () => Promise<string>;
  freshGroup: () => Promise<string>;
  freshVictim: () => Promise<string>;
  /** A trainer in the owner's organisation with an authenticator set up. */
  freshTrainer: () => Promise<string>;
  /** A single sign-on domain of the owner's organisation. */
  freshDomain: () => Promise<string>;
  freshInvitation: () => Promise<string>;
  /** An email held in the outbox (no single-use link), to the owner. */
  freshEmail: () => Promise<string>;
  /** A learner of the owner's organisation (in no group) whose due date has passed. */
  freshOverdue: () => Promise<string>;
  /** A learner of the owner's organisation (in no group) who has never set up their account (no password). */
  freshNewcomer: () => Promise<string>;
};
type TActionRow = {
  action: string;
  page: (ids: TIds) => string;
  fields: (c: TActionContext) => TActionFields | Promise<TActionFields>;
  expect: TExpect<TActionOutcome>;
};
const actionAll = (o: TActionOutcome): TExpect<TActionOutcome> => ({
  anonymous: o,
  learner: o,
  trainer: o,
  otherTrainer: o,
  admin: o,
});
const adminAction = {
  anonymous: "login",
  learner: "refused",
  trainer: "refused",
  otherTrainer: "refused",
  admin: "done",
} as const;
const theirOrgAction = {
  anonymous: "login",
  learner: "refused",
  trainer: "done",
  otherTrainer: "refused",
  admin: "done",
} as const;
const csv = (c: TActionContext) =>
  new File([`name,email\nImported ${c.unique},imported-${c.unique}@example.test\n`], "staff.csv", { type: "text/csv" });
const BOGUS_TOKEN = "A".repeat(43);

// Admin rows that change the owner's certificate come near the end: the rows before still need it valid.
const ACTIONS: TActionRow[] = [
  {
    action: "app/(learner)/course/[moduleId]/quiz/actions.ts#submitQuiz",
    page: (i) => `/course/${i.module}/quiz`,
    fields: (c) => ({ moduleId: c.ids.module, token: c.ids.ownerQuizToken }),
    expect: { ...actionAll("refused"), anonymous: "login" },
  },
  // A lesson's Next: whoever presses it has the lesson recorded on their own record, and goes on.
  {
    action: "app/(learner)/course/[moduleId]/lessons/[lessonId]/actions.ts#finishLessonAction",
    page: (i) => `/course/${i.module}/lessons/${i.lesson}`,
    fields: (c) => ({ moduleId: c.ids.module, lessonId: c.ids.lesson }),
    expect: { ...actionAll("done"), anonymous: "login" },
  },
  {
    action: "app/(trainer)/trainer/contacts/actions.ts#saveContactsAction",
    page: (i) => `/trainer/contacts?org=${i.org}`,
    fields: (c) => ({
      organisationId: c.ids.org,
      "kind-0": "DSL",
      "name-0": `Lead ${c.unique}`,
      "phone-0": "01632 960001",
      "email-0": "",
      "notes-0": "",
    }),
    // Every learner in the organisation sees these: a trainer limited to some groups reads them but may not change them.
    expect: { ...theirOrgAction, groupTrainer: "refused" },
  },
  {
    action: "app/(trainer)/trainer/contacts/actions.ts#markContactsReviewedAction",
    page: (i) => `/trainer/contacts?org=${i.org}`,
    fields: (c) => ({ organisationId: c.ids.org }),
    // Confirming the contacts is changing them (their review date), for the same people.
    expect: { ...theirOrgAction, groupTrainer: "refused" },
  },
  {
    action: "app/(trainer)/trainer/assign/actions.ts#assignAction",
    page: (i) => `/trainer/assign?org=${i.org}`,
    fields: (c) => ({ organisationId: c.ids.org, target: "people", emails: c.owner.email, dueDate: "2031-01-31" }),
    // The owner is outside the group-limited trainer's groups: not among the people they manage.
    expect: { ...theirOrgAction, groupTrainer: "refused" },
  },
  // Fresh learners in no group each time: outside the group-limited trainer's groups, and never reminded before.
  {
    action: "app/(trainer)/trainer/reminders/actions.ts#remindPeopleAction",
    page: (i) => `/trainer?org=${i.org}`,
    fields: async (c) => ({ org: c.ids.org, userId: await c.freshVictim() }),
    expect: { ...theirOrgAction, groupTrainer: "refused" },
  },
  {
    action: "app/(trainer)/trainer/reminders/actions.ts#remindOverdueAction",
    page: (i) => `/trainer?org=${i.org}`,
    fields: async (c) => {
      await c.freshOverdue();
      return { org: c.ids.org };
    },
    expect: { ...theirOrgAction, groupTrainer: "refused" },
  },
  {
    action: "app/(trainer)/trainer/learners/[userId]/actions.ts#changeDueDateAction",
    page: (i) => `/trainer?org=${i.org}`,
    fields: async (c) => ({ userId: await c.freshVictim(), dueDate: "2031-01-31", tell: "on" }),
    expect: { ...theirOrgAction, groupTrainer: "refused" },
  },
  {
    action: "app/(trainer)/trainer/learners/[userId]/actions.ts#resendWelcomeAction",
    page: (i) => `/trainer?org=${i.org}`,
    fields: async (c) => ({ userId: await c.freshNewcomer() }),
    expect: { ...theirOrgAction, groupTrainer: "refused" },
  },
  {
    action: "app/(trainer)/trainer/import/actions.ts#previewImportAction",
    page: (i) => `/trainer/import?org=${i.org}`,
    fields: (c) => ({ organisationId: c.ids.org, file: csv(c) }),
    expect: theirOrgAction,
  },
  {
    action: "app/(trainer)/trainer/import/actions.ts#applyImportAction",
    page: (i) => `/trainer/import?org=${i.org}`,
    fields: async (c) => ({ batchId: await c.trainerPreview() }),
    // A preview belongs to the person who uploaded it: only they may apply it, not even an administrator.
    expect: { ...theirOrgAction, admin: "refused", groupTrainer: "refused" },
  },
  {
    action: "app/(trainer)/trainer/invite/actions.ts#inviteAction",
    page: (i) => `/trainer/invite?org=${i.org}`,
    fields: (c) => ({
      organisationId: c.ids.org,
      name: "Invited Person",
      email: `invited-${c.unique}@example.test`,
      role: "LEARNER",
    }),
    expect: theirOrgAction,
  },
  // Invitations with no group, sent by another trainer: not the group-limited trainer's to manage.
  {
    action: "app/(trainer)/trainer/invite/actions.ts#cancelInvitationAction",
    page: (i) => `/trainer/invite?org=${i.org}`,
    fields: async (c) => ({ invitationId: await c.freshInvitation() }),
    expect: { ...theirOrgAction, groupTrainer: "refused" },
  },
  {
    action: "app/(trainer)/trainer/invite/actions.ts#resendInvitationAction",
    page: (i) => `/trainer/invite?org=${i.org}`,
    fields: async (c) => ({ invitationId: await c.freshInvitation() }),
    expect: { ...theirOrgAction, groupTrainer: "refused" },
  },
  {
    action: "app/(admin)/admin/organisations/actions.ts#createOrganisationAction",
    page: () => "/admin/organisations",
    fields: (c) => ({ name: `Organisation ${c.unique}` }),
    expect: adminAction,
  },
  {
    action: "app/(admin)/admin/organisations/actions.ts#createGroupAction",
    page: (i) => `/admin/organisations/${i.org}`,
    fields: (c) => ({ organisationId: c.ids.org, name: `Group ${c.unique}` }),
    expect: adminAction,
  },
  {
    action: "app/(admin)/admin/organisations/actions.ts#setQuizRetakeWaitAction",
    page: (i) => `/admin/organisations/${i.org}`,
    fields: (c) => ({ organisationId: c.ids.org, minutes: "0" }),
    expect: adminAction,
  },
  {
    action: "app/(admin)/admin/organisations/actions.ts#deleteGroupAction",
    page: (i) => `/admin/organisations/${i.org}`,
    fields: async (c) => ({ organisationId: c.ids.org, groupId: await c.freshGroup() }),
    expect: adminAction,
  },
  {
    action: "app/(admin)/admin/people/actions.ts#changeRoleAction",
    page: () => "/admin/people",
    fields: (c) => ({ userId: c.ids.learner, role: "LEARNER" }),
    expect: adminAction,
  },
  {
    action: "app/(admin)/admin/people/actions.ts#setActiveAction",
    page: () => "/admin/people",
    fields: (c) => ({ userId: c.ids.learner, active: "true" }),
    expect: adminAction,
  },
  {
    action: "app/(admin)/admin/people/actions.ts#sendResetAction",
    page: () => "/admin/people",
    fields: (c) => ({ userId: c.ids.learner }),
    expect: adminAction,
  },
  {
    action: "app/(admin)/admin/people/actions.ts#setGroupsAction",
    page: () => "/admin/people",
    fields: (c) => ({ userId: c.ids.learner, memberOf: [c.ids.group], trainerOf: [] }),
    expect: adminAction,
  },
  {
    action: "app/(admin)/admin/people/[userId]/erase-action.ts#eraseAction",
    page: (i) => `/admin/people/${i.learner}`,
    fields: async (c) => ({ userId: await c.freshVictim(), reason: "Access matrix check", confirm: "ERASE" }),
    expect: adminAction,
  },
  {
    action: "app/(public)/forgot-password/actions.ts#forgotPasswordAction",
    page: () => "/forgot-password",
    fields: (c) => ({ email: c.owner.email }),
    expect: actionAll("done"),
  },
  // The header's language switch, on every page: anyone may choose the language they read in (signed in, their own).
  {
    action: "app/(public)/language/actions.ts#switchLanguageAction",
    page: () => "/verify",
    fields: () => ({ language: "en-GB" }),
    expect: actionAll("done"),
  },
  {
    action: "app/(learner)/account/language-action.ts#chooseLanguageAction",
    page: () => "/account",
    fields: () => ({ language: "organisation" }),
    expect: { ...actionAll("done"), anonymous: "login" },
  },
  {
    action: "app/(admin)/admin/organisations/language-action.ts#setOrganisationLanguageAction",
    page: (i) => `/admin/organisations/${i.org}`,
    fields: (c) => ({ organisationId: c.ids.org, language: "en-GB" }),
    expect: adminAction,
  },
  {
    action: "app/(public)/reset-password/[token]/actions.ts#resetPasswordAction",
    page: () => `/reset-password/${BOGUS_TOKEN}`,
    fields: () => ({ token: BOGUS_TOKEN, password: "a new long passphrase", confirm: "a new long passphrase" }),
    expect: actionAll("refused"),
  },
  {
    action: "app/(public)/invite/[token]/actions.ts#acceptInvitationAction",
    page: () => `/invite/${BOGUS_TOKEN}`,
    fields: () => ({ token: BOGUS_TOKEN, password: "a new long passphrase", confirm: "a new long passphrase" }),
    expect: actionAll("refused"),
  },
  {
    action: "app/(admin)/admin/certificates/actions.ts#revokeCertificateAction",
    page: (i) => `/admin/certificates?number=${i.certificate}`,
    fields: (c) => ({ number: c.ids.certificate, reason: "Access matrix check", confirm: "REVOKE" }),
    expect: adminAction,
  },
  {
    action: "app/(admin)/admin/organisations/actions.ts#setTrainersNeedSecondFactorAction",
    page: (i) => `/admin/organisations/${i.org}`,
    fields: (c) => ({ organisationId: c.ids.org, required: "yes" }),
    expect: adminAction,
  },
  {
    action: "app/(admin)/admin/organisations/sign-in-actions.ts#addDomainAction",
    page: (i) => `/admin/organisations/${i.org}`,
    fields: (c) => ({ organisationId: c.ids.org, domain: `${c.unique}.example` }),
    expect: adminAction,
  },
  {
    action: "app/(admin)/admin/organisations/sign-in-actions.ts#removeDomainAction",
    page: (i) => `/admin/organisations/${i.org}`,
    fields: async (c) => ({ organisationId: c.ids.org, domainId: await c.freshDomain() }),
    expect: adminAction,
  },
  {
    action: "app/(admin)/admin/organisations/sign-in-actions.ts#saveSingleSignOnAction",
    page: (i) => `/admin/organisations/${i.org}`,
    fields: (c) => ({ organisationId: c.ids.org, entraTenantId: "" }),
    expect: adminAction,
  },
  {
    action: "app/(admin)/admin/organisations/certificate-actions.ts#saveCertificateSettingsAction",
    page: (i) => `/admin/organisations/${i.org}`,
    fields: (c) => ({
      organisationId: c.ids.org,
      signatoryName: `Signatory ${c.unique}`,
      signatoryRole: "Headteacher",
    }),
    expect: adminAction,
  },
  {
    action: "app/(admin)/admin/people/actions.ts#resetSecondFactorAction",
    page: () => "/admin/people",
    fields: async (c) => ({ userId: await c.freshTrainer() }),
    expect: adminAction,
  },
  {
    action: "app/(admin)/admin/outbox/actions.ts#resendEmailAction",
    page: () => "/admin/outbox",
    fields: async (c) => ({ emailId: await c.freshEmail() }),
    expect: adminAction,
  },
  // A full session has no code to give: it is sent on (and nothing is checked or recorded).
  {
    action: "app/(sign-in-steps)/login/code/actions.ts#checkSignInCodeAction",
    page: () => "/login/code",
    fields: () => ({ code: "123456", callbackUrl: "/course" }),
    expect: { ...actionAll("done"), anonymous: "login" },
  },
  // The learner has no setup under way; everyone else already has an authenticator.
  {
    action: "app/(sign-in-steps)/two-step/setup/actions.ts#confirmSetupAction",
    page: () => "/two-step/setup",
    fields: () => ({ code: "123456" }),
    expect: { ...actionAll("refused"), anonymous: "login" },
  },
  // Anyone signed in chooses their own reading settings (there is no field naming whose: only the caller's change).
  {
    action: "app/(learner)/account/reading/actions.ts#saveReadingSettingsAction",
    page: () => "/account/reading",
    fields: () => ({ textSize: "LARGE", lineSpacing: "NORMAL", font: "STANDARD", contrast: "STANDARD" }),
    expect: { ...actionAll("done"), anonymous: "login" },
  },
  // The learner has no recovery codes to renew; staff do.
  {
    action: "app/(learner)/account/actions.ts#renewRecoveryCodesAction",
    page: () => "/account",
    fields: () => ({ confirm: "yes" }),
    expect: { ...actionAll("done"), learner: "refused", anonymous: "login" },
  },
  // Nobody here may turn theirs off: the learner has none, and staff roles require one.
  {
    action: "app/(learner)/account/actions.ts#turnOffSecondFactorAction",
    page: () => "/account",
    fields: () => ({ confirm: "yes" }),
    expect: { ...actionAll("refused"), anonymous: "login" },
  },
  // Last of all: it ends the caller's own sessions (and only theirs), so no row after it could sign in.
  {
    action: "app/(learner)/account/actions.ts#signOutEverywhereAction",
    page: () => "/account",
    fields: () => ({ scope: "all-devices" }),
    expect: { ...actionAll("done"), anonymous: "login" },
  },
  // Signing out ends at the sign-in page for everyone (by then, each caller's sessions have ended above).
  {
    action: "app/(sign-in-steps)/sign-out/actions.ts#signOutAction",
    page: () => "/course",
    fields: () => ({ intent: "sign-out" }),
    expect: actionAll("login"),
  },
];

// Routes that only exist for Next's own error handling.
const FRAMEWORK_ROUTES = ["/_not-found", "/_global-error"];

test("every page, route handler and server action gives each kind of person exactly the expected answer, and nothing of others' records leaks", async ({
  browser,
  newPerson,
  newOrganisation,
  completeCourse,
  openLessons,
  course,
  db,
  baseURL,
}) => {
  test.setTimeout(360_000);
  // A new route cannot ship without a row here.
  const built = new Set(
    Object.values(JSON.parse(fs.readFileSync(".next/app-path-routes-manifest.json", "utf8")) as Record<string, string>),
  );
  expect(
    [...built].filter((r) => !FRAMEWORK_ROUTES.includes(r) && !MATRIX.some((row) => row.route === r)),
    "routes with no row in the access matrix",
  ).toEqual([]);
  const actionIds = builtActions();
  expect(
    [...actionIds.keys()].filter((a) => !ACTIONS.some((row) => row.action === a)),
    "server actions with no row in the access matrix",
  ).toEqual([]);

  // Someone else's records: a learner of organisation A who completed the course.
  const orgA = await newOrganisation(["Site A"]);
  const owner = await newPerson("LEARNER", orgA.id, [orgA.groups[0]!.id]);
  const certificate = await completeCourse(await (await browser.newContext()).newPage(), owner);
  const last = course.modules[course.modules.length - 1]!;
  const attempt = await db.quizAttempt.findFirstOrThrow({ where: { userId: owner.id, moduleId: last.id } });
  const ownerApi = await signInOverHttp(baseURL!, owner.email, owner.password);
  const { token: ownerQuizToken } = (await (await ownerApi.get(`/api/modules/${last.id}/quiz`)).json()) as {
    token: string;
  };
  const orgTrainer = await newPerson("TRAINER", orgA.id, [orgA.groups[0]!.id]);
  const orgAdmin = await newPerson("ADMIN", orgA.id, [orgA.groups[0]!.id]);
  const ids: TIds = {
    org: orgA.id,
    group: orgA.groups[0]!.id,
    learner: owner.id,
    attempt: attempt.id,
    certificate,
    module: last.id,
    lesson: last.lessons[0]!.id,
    ownerQuizToken,
    orgTrainer: orgTrainer.id,
    orgAdmin: orgAdmin.id,
  };

  const orgB = await newOrganisation();
  const otherGroup = await db.group.create({ data: { organisationId: orgA.id, name: "Site B" } });
  const people = {
    learner: await newPerson("LEARNER", orgA.id),
    trainer: await newPerson("TRAINER", orgA.id),
    groupTrainer: await newPerson("TRAINER", orgA.id),
    otherTrainer: await newPerson("TRAINER", orgB.id),
    admin: await newPerson("ADMIN", orgB.id),
  };
  await db.trainerGroup.create({ data: { trainerId: people.groupTrainer.id, groupId: otherGroup.id } });
  const clients = {} as Record<TActor, APIRequestContext>;
  clients.anonymous = await playwrightRequest.newContext({ baseURL });
  // The matrix is about who may reach what: every signed-in person has opened the lessons the quiz asks for.
  for (const person of Object.values(people)) await openLessons(person.id);
  for (const [actor, person] of Object.entries(people) as [
    Exclude<TActor, "anonymous">,
    { email: string; password: string },
  ][]) {
    clients[actor] = await signInOverHttp(baseURL!, person.email, person.password);
  }

  const failures: string[] = [];
  for (const row of MATRIX) {
    const path = row.path(ids);
    for (const actor of ACTORS) {
      const expected = expectedOf(row.expect, actor);
      const response = await clients[actor].get(path, { maxRedirects: 0 });
      const status = response.status();
      const location = response.headers()["location"] ?? "";
      const got: TOutcome | number =
        status === 200
          ? "ok"
          : status >= 300 && status < 400
            ? /\/login(\?|$)/.test(location)
              ? "login"
              : "redirect"
            : status;
      if (got !== expected)
        failures.push(`${actor} GET ${path}: expected ${expected}, got ${got}${location ? ` → ${location}` : ""}`);
      if (got !== "ok") {
        const body = await response.text();
        for (const secret of [owner.email, owner.name])
          if (body.includes(secret)) failures.push(`${actor} GET ${path}: a ${status} answer contains ${secret}`);
      }
    }
  }

  let counter = 0;
  const context: TActionContext = {
    ids,
    owner,
    get unique() {
      return `m${Date.now()}-${++counter}`;
    },
    trainerPreview: async () => {
      const preview = await callAction(
        clients.trainer,
        actionIds.get("app/(trainer)/trainer/import/actions.ts#previewImportAction")!,
        `/trainer/import?org=${orgA.id}`,
        { organisationId: orgA.id, file: csv(context) },
      );
      return String(preview.result?.batchId);
    },
    freshGroup: async () =>
      (await db.group.create({ data: { organisationId: orgA.id, name: `Doomed group ${++counter}` } })).id,
    freshVictim: async () => (await newPerson("LEARNER", orgA.id)).id,
    freshTrainer: async () => (await newPerson("TRAINER", orgA.id)).id,
    freshDomain: async () =>
      (await db.organisationDomain.create({ data: { organisationId: orgA.id, domain: `${context.unique}.example` } }))
        .id,
    freshOverdue: async () => {
      const id = (await newPerson("LEARNER", orgA.id)).id;
      await db.enrolment.updateMany({ where: { userId: id }, data: { dueAt: new Date(Date.now() - 3 * 86_400_000) } });
      return id;
    },
    freshNewcomer: async () => {
      const unique = context.unique;
      const user = await db.user.create({
        data: {
          email: `newcomer-${unique}@example.test`,
          name: `Newcomer ${unique}`,
          searchName: `newcomer ${unique}`,
          role: "LEARNER",
          organisationId: orgA.id,
        },
      });
      await db.enrolment.create({ data: { userId: user.id, organisationId: orgA.id, courseId: course.id } });
      return user.id;
    },
    freshEmail: async () =>
      (
        await db.emailMessage.create({
          data: {
            organisationId: orgA.id,
            toEmail: owner.email,
            toUserId: owner.id,
            kind: "assignment",
            subject: "Safeguarding training is due",
            text: "Your safeguarding training is due soon.",
            status: "OUTBOX",
          },
        })
      ).id,
    freshInvitation: async () =>
      (
        await db.invitation.create({
          data: {
            organisationId: orgA.id,
            email: `invited-${context.unique}@example.test`,
            name: "Invited Person",
            role: "LEARNER",
            groupIds: [],
            tokenHash: `matrix-${context.unique}`,
            expiresAt: new Date(Date.now() + 86_400_000),
            invitedById: orgTrainer.id,
          },
        })
      ).id,
  };
  for (const row of ACTIONS) {
    const page = row.page(ids);
    for (const actor of ACTORS) {
      const expected = expectedOf(row.expect, actor);
      const fields = await row.fields(context);
      const answer = await callAction(clients[actor], actionIds.get(row.action)!, page, fields);
      const toLogin = answer.status >= 300 && answer.status < 400 && /\/login(\?|$)/.test(answer.location ?? "");
      const got: TActionOutcome | number = toLogin
        ? "login"
        : succeeded(answer)
          ? "done"
          : answer.status === 200 && answer.result
            ? "refused"
            : answer.status;
      if (got !== expected)
        failures.push(`${actor} ${row.action}: expected ${expected}, got ${got} ${answer.body.slice(0, 200)}`);
      // A refusal may repeat what the caller sent (an address they typed); it may not reveal anything else.
      const sent = JSON.stringify(fields);
      if (got !== "done")
        for (const secret of [owner.email, owner.name])
          if (!sent.includes(secret) && answer.body.includes(secret))
            failures.push(`${actor} ${row.action}: a refusal contains ${secret}`);
    }
  }
  expect(failures).toEqual([]);
});
