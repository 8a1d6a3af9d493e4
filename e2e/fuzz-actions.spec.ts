import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { builtActionPages, builtActions, callAction, formOf, type TActionFields } from "./action-client";
import { inBatches } from "./batches";
import { expect, test } from "./fixtures";
import { payloadGenerator } from "./fuzz-payloads";
import { signInOverHttp } from "./http-client";
import { FUZZ_COUNT } from "./env";

const PER_ACTION = FUZZ_COUNT;

// The fields each server action reads. A new action cannot ship without being fuzzed: the test fails until it has a row.
const FIELDS: Record<string, string[]> = {
  "app/(learner)/course/[moduleId]/quiz/actions.ts#submitQuiz": ["moduleId", "token", "answer:q1", "answer:q2"],
  "app/(learner)/course/[moduleId]/lessons/[lessonId]/actions.ts#finishLessonAction": ["moduleId", "lessonId"],
  "app/(trainer)/trainer/contacts/actions.ts#saveContactsAction": [
    "organisationId",
    "intent",
    "kind-0",
    "name-0",
    "phone-0",
    "email-0",
    "notes-0",
    "kind-9",
    "name-9",
    "phone-9",
  ],
  "app/(trainer)/trainer/contacts/actions.ts#markContactsReviewedAction": ["organisationId"],
  "app/(trainer)/trainer/assign/actions.ts#assignAction": ["organisationId", "target", "groupId", "emails", "dueDate"],
  "app/(trainer)/trainer/reminders/actions.ts#remindPeopleAction": ["org", "userId", "userId"],
  "app/(trainer)/trainer/reminders/actions.ts#remindOverdueAction": ["org", "group"],
  "app/(trainer)/trainer/learners/[userId]/actions.ts#changeDueDateAction": ["userId", "dueDate", "tell"],
  "app/(trainer)/trainer/learners/[userId]/actions.ts#resendWelcomeAction": ["userId"],
  "app/(trainer)/trainer/import/actions.ts#previewImportAction": ["organisationId", "file"],
  "app/(trainer)/trainer/import/actions.ts#applyImportAction": ["batchId", "sendWelcome"],
  "app/(trainer)/trainer/invite/actions.ts#inviteAction": ["organisationId", "name", "email", "role", "groupIds"],
  "app/(trainer)/trainer/invite/actions.ts#cancelInvitationAction": ["invitationId"],
  "app/(trainer)/trainer/invite/actions.ts#resendInvitationAction": ["invitationId"],
  "app/(admin)/admin/organisations/actions.ts#createOrganisationAction": ["name"],
  "app/(admin)/admin/organisations/actions.ts#createGroupAction": ["organisationId", "name"],
  "app/(admin)/admin/organisations/actions.ts#deleteGroupAction": ["organisationId", "groupId"],
  "app/(admin)/admin/organisations/actions.ts#setQuizRetakeWaitAction": ["organisationId", "minutes"],
  "app/(admin)/admin/people/actions.ts#changeRoleAction": ["userId", "role"],
  "app/(admin)/admin/people/actions.ts#setActiveAction": ["userId", "active"],
  "app/(admin)/admin/people/actions.ts#sendResetAction": ["userId"],
  "app/(admin)/admin/people/actions.ts#setGroupsAction": ["userId", "memberOf", "trainerOf"],
  "app/(admin)/admin/people/[userId]/erase-action.ts#eraseAction": ["userId", "reason", "confirm"],
  "app/(admin)/admin/certificates/actions.ts#revokeCertificateAction": ["number", "reason", "confirm"],
  "app/(public)/forgot-password/actions.ts#forgotPasswordAction": ["email"],
  "app/(public)/language/actions.ts#switchLanguageAction": ["language"],
  "app/(learner)/account/language-action.ts#chooseLanguageAction": ["language"],
  "app/(admin)/admin/organisations/language-action.ts#setOrganisationLanguageAction": ["organisationId", "language"],
  "app/(public)/reset-password/[token]/actions.ts#resetPasswordAction": ["token", "password", "confirm"],
  "app/(public)/invite/[token]/actions.ts#acceptInvitationAction": ["token", "password", "confirm"],
  "app/(admin)/admin/organisations/actions.ts#setTrainersNeedSecondFactorAction": ["organisationId", "required"],
  "app/(admin)/admin/people/actions.ts#resetSecondFactorAction": ["userId"],
  "app/(admin)/admin/outbox/actions.ts#resendEmailAction": ["emailId"],
  "app/(admin)/admin/organisations/sign-in-actions.ts#addDomainAction": ["organisationId", "domain"],
  "app/(admin)/admin/organisations/sign-in-actions.ts#removeDomainAction": ["organisationId", "domainId"],
  "app/(admin)/admin/organisations/sign-in-actions.ts#saveSingleSignOnAction": [
    "organisationId",
    "entraTenantId",
    "ssoRequired",
    "ssoNeedsSecondFactor",
    "ssoProviders",
  ],
  "app/(admin)/admin/organisations/certificate-actions.ts#saveCertificateSettingsAction": [
    "organisationId",
    "signatoryName",
    "signatoryRole",
    "logo",
    "removeLogo",
  ],
  "app/(sign-in-steps)/login/code/actions.ts#checkSignInCodeAction": ["code", "callbackUrl"],
  "app/(sign-in-steps)/two-step/setup/actions.ts#confirmSetupAction": ["code"],
  "app/(learner)/account/reading/actions.ts#saveReadingSettingsAction": ["textSize", "lineSpacing", "font", "contrast"],
  "app/(learner)/account/actions.ts#renewRecoveryCodesAction": ["confirm"],
  "app/(learner)/account/actions.ts#turnOffSecondFactorAction": ["confirm"],
  // Last: it ends the caller's sessions, after which their calls are only sent to sign in.
  "app/(learner)/account/actions.ts#signOutEverywhereAction": ["scope"],
  "app/(sign-in-steps)/sign-out/actions.ts#signOutAction": ["intent"],
};
const PUBLIC = /^app\/\(public\)\//;
const SIGN_IN_STEPS = /^app\/\(sign-in-steps\)\//;

test(`${FUZZ_COUNT} hostile payloads to each server action: never a 5xx, and nobody else's records change`, async ({
  newPerson,
  newOrganisation,
  completeCourse,
  browser,
  db,
  baseURL,
}) => {
  test.setTimeout(900_000);
  const actions = builtActions();
  const pages = builtActionPages();
  expect(
    [...actions.keys()].filter((a) => !FIELDS[a]),
    "server actions that are not fuzzed",
  ).toEqual([]);

  // The fuzzers share one organisation; everyone else's records must come through untouched.
  const fuzzOrg = await newOrganisation(["Fuzz Group"]);
  const otherOrg = await newOrganisation(["Other Group"]);
  const bystander = await newPerson("LEARNER", otherOrg.id, [otherOrg.groups[0]!.id]);
  const certificate = await completeCourse(await (await browser.newContext()).newPage(), bystander);
  const people = {
    learner: await newPerson("LEARNER", fuzzOrg.id),
    trainer: await newPerson("TRAINER", fuzzOrg.id),
    admin: await newPerson("ADMIN", fuzzOrg.id),
  };
  const inFuzzOrg = { organisationId: { not: fuzzOrg.id } };
  const othersInvitation = await db.invitation.create({
    data: {
      organisationId: otherOrg.id,
      email: `bystander-invite-${Date.now()}@e2e.example`,
      name: "Bystander Invite",
      groupIds: [],
      tokenHash: `fuzz-${Date.now()}`,
      expiresAt: new Date(Date.now() + 86_400_000),
      invitedById: bystander.id,
    },
  });
  const startedAt = new Date(); // organisations the administrator creates while fuzzing are theirs to create
  const snapshot = async () =>
    JSON.stringify({
      users: await db.user.findMany({
        where: inFuzzOrg,
        orderBy: { id: "asc" },
        select: {
          id: true,
          email: true,
          name: true,
          role: true,
          active: true,
          passwordHash: true,
          organisationId: true,
          totpSecret: true,
          totpEnabledAt: true,
        },
      }),
      organisations: await db.organisation.findMany({
        where: { id: { not: fuzzOrg.id }, createdAt: { lt: startedAt } },
        orderBy: { id: "asc" },
        select: {
          id: true,
          name: true,
          trainersNeedSecondFactor: true,
          entraTenantId: true,
          ssoRequired: true,
          ssoNeedsSecondFactor: true,
          ssoProviders: true,
          signatoryName: true,
          signatoryRole: true,
          certificateLogoType: true,
        },
      }),
      domains: await db.organisationDomain.findMany({
        where: inFuzzOrg,
        orderBy: { id: "asc" },
        select: { id: true, domain: true },
      }),
      recoveryCodes: await db.recoveryCode.findMany({
        where: { user: inFuzzOrg },
        orderBy: { id: "asc" },
        select: { id: true, usedAt: true },
      }),
      groups: await db.group.findMany({ where: inFuzzOrg, orderBy: { id: "asc" }, select: { id: true, name: true } }),
      memberships: await db.groupMembership.findMany({
        where: { user: inFuzzOrg },
        orderBy: [{ userId: "asc" }, { groupId: "asc" }],
        select: { userId: true, groupId: true },
      }),
      trainerGroups: await db.trainerGroup.findMany({
        where: { trainer: inFuzzOrg },
        orderBy: [{ trainerId: "asc" }, { groupId: "asc" }],
      }),
      contacts: await db.safeguardingContact.findMany({ where: inFuzzOrg, orderBy: { id: "asc" } }),
      invitations: await db.invitation.findMany({
        where: inFuzzOrg,
        orderBy: { id: "asc" },
        select: { id: true, tokenHash: true, expiresAt: true, revokedAt: true, acceptedAt: true },
      }),
      attempts: await db.quizAttempt.count({ where: { user: inFuzzOrg } }),
      certificates: await db.certificate.findMany({
        orderBy: { id: "asc" },
        select: { id: true, revokedAt: true, learnerName: true },
      }),
      enrolments: await db.enrolment.findMany({
        where: { user: inFuzzOrg },
        orderBy: { id: "asc" },
        select: { id: true, dueAt: true, validUntil: true },
      }),
    });
  const before = await snapshot();

  const clients: Record<string, APIRequestContext> = { anonymous: await playwrightRequest.newContext({ baseURL }) };
  for (const [actor, person] of Object.entries(people))
    clients[actor] = await signInOverHttp(baseURL!, person.email, person.password);
  // Signed in with a password, the code still to come: the sessions the code and setup steps are for.
  const halfway = await newPerson("TRAINER", fuzzOrg.id);
  clients.pending = await signInOverHttp(baseURL!, halfway.email, halfway.password, {}, { passwordOnly: true });
  const gen = payloadGenerator(20261123);
  // Learners and trainers are also handed real ids of records they may not touch; the administrator is not (it may).
  const othersIds = [
    bystander.id,
    otherOrg.id,
    otherOrg.groups[0]!.id,
    certificate,
    bystander.email,
    othersInvitation.id,
  ];
  const fieldValue = (actor: string): string | File => {
    const r = gen.random();
    if (r < 0.1)
      return new File([gen.string(5000)], gen.string(40) || "f.csv", {
        type: gen.pick(["text/csv", "application/x-msdownload", ""]),
      });
    if (r < 0.3 && actor !== "admin") return gen.pick(othersIds);
    return gen.string(r < 0.32 ? 200_000 : 2000);
  };
  const payload = (fields: string[], actor: string): TActionFields | FormData | string => {
    const r = gen.random();
    if (r < 0.03) return gen.string(3000); // not multipart at all
    if (r < 0.08) return formOf({ "0": gen.string(500), [`_1_${gen.pick(fields)}`]: gen.string(100) }); // a broken reply root
    const form: TActionFields = {};
    for (const name of fields) {
      const k = gen.random();
      if (k < 0.1) continue; // missing
      form[name] = k < 0.2 ? [String(fieldValue(actor)), String(fieldValue(actor))] : fieldValue(actor);
    }
    for (let i = gen.random() * 3; i > 1; i--) form[gen.string(30) || "extra"] = gen.string(300); // extra fields
    return form;
  };

  const failures: string[] = [];
  // FUZZ_ACTIONS=<regex> narrows a local run to some actions while investigating.
  for (const [key, fields] of Object.entries(FIELDS).filter(([k]) =>
    new RegExp(process.env.FUZZ_ACTIONS ?? ".").test(k),
  )) {
    const id = actions.get(key)!;
    const page = pages.get(key)!;
    const started = Date.now();
    const actors = PUBLIC.test(key)
      ? ["anonymous", "learner", "admin"]
      : SIGN_IN_STEPS.test(key)
        ? ["pending", "learner", "admin"]
        : ["learner", "trainer", "admin"];
    await inBatches(PER_ACTION, async (i) => {
      const actor = actors[i % actors.length]!;
      const state = gen.random() < 0.2 ? gen.value() : { ok: false, message: null };
      const answer = await callAction(
        clients[actor]!,
        gen.random() < 0.02 ? crypto.randomUUID().replaceAll("-", "") : id,
        page,
        payload(fields, actor),
        state,
      );
      if (answer.status >= 500) failures.push(`${actor} ${key}: ${answer.status} ${answer.body.slice(0, 200)}`);
      if (answer.body.includes("    at ")) failures.push(`${actor} ${key}: a stack trace in the answer`);
    });
    console.log(`${key}: ${PER_ACTION} payloads in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }

  expect(failures.slice(0, 20), `${failures.length} answers were 5xx or carried a stack trace`).toEqual([]);
  expect(await snapshot()).toBe(before);
  for (const api of Object.values(clients)) await api.dispose();
});
