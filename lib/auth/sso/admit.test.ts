import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabase } from "../../testing/test-database";
import type { TActor } from "../current-user";
import type { TSsoIdentity } from "./identity";

// A real database: linking, provisioning and domain ownership are rows other sign-ins read.
const database = testDatabase("sso-admit");

let db: typeof import("../../db/client").db;
let admit: typeof import("./admit");
let domains: typeof import("../../people/organisation-sign-in");
let admin: TActor;
let orgId: string;
const course = { id: "safeguarding-online" };

const identity = (overrides: Partial<TSsoIdentity>): TSsoIdentity => ({
  provider: "oidc",
  subject: "sub",
  email: null,
  emailVerified: true,
  name: null,
  tenantId: null,
  hostedDomain: null,
  ...overrides,
});

beforeAll(async () => {
  await database.migrate();
  [{ db }, admit, domains] = await Promise.all([
    import("../../db/client"),
    import("./admit"),
    import("../../people/organisation-sign-in"),
  ]);
  const org = await db.organisation.create({ data: { name: "Oakfield", slug: "oakfield" } });
  orgId = org.id;
  const user = await db.user.create({
    data: { email: "admin@oakfield.example", name: "Ada Admin", role: "ADMIN", organisationId: orgId },
  });
  admin = { id: user.id, name: user.name, email: user.email, role: "ADMIN", organisationId: orgId };
  expect(await domains.addOrganisationDomain(admin, orgId, " Oakfield.Example ")).toEqual({ ok: true });
  expect(
    await domains.setSingleSignOnSettings(admin, orgId, {
      entraTenantId: null,
      ssoRequired: false,
      ssoNeedsSecondFactor: false,
      ssoProviders: ["oidc", "google"],
    }),
  ).toEqual({ ok: true });
  expect((await db.organisation.findUniqueOrThrow({ where: { id: orgId } })).ssoProviders).toBe("google,oidc");
  // Requiring single sign-on with no provider ticked would leave no way in: refused.
  expect(
    await domains.setSingleSignOnSettings(admin, orgId, {
      entraTenantId: null,
      ssoRequired: true,
      ssoNeedsSecondFactor: false,
      ssoProviders: [],
    }),
  ).toEqual({ ok: false, code: "SSO_REQUIRED_NEEDS_PROVIDER" });
});

afterAll(() => database.drop());

describe("domains", () => {
  it("belong to one organisation: another's claim is refused, naming the owner", async () => {
    const other = await db.organisation.create({ data: { name: "Elm Academy", slug: "elm" } });
    expect(await domains.addOrganisationDomain(admin, other.id, "oakfield.example")).toEqual({
      ok: false,
      code: "DOMAIN_TAKEN",
      params: { domain: "oakfield.example", organisation: "Oakfield" },
    });
    const trainer = { ...admin, role: "TRAINER" as const };
    expect((await domains.addOrganisationDomain(trainer, other.id, "elm.example")).ok).toBe(false);
  });
});

describe("admitting a single sign-on", () => {
  it("makes a learner on first sign-in, enrolled, and finds the same person by subject afterwards even if the email changes", async () => {
    const first = await admit.admitSsoSignIn(
      identity({ subject: "p-1", email: "pat@oakfield.example", name: "Pat Person" }),
      course,
      "192.0.2.1",
    );
    expect(first.ok).toBe(true);
    const userId = first.ok ? first.userId : "";
    const made = await db.user.findUniqueOrThrow({ where: { id: userId }, include: { enrolments: true } });
    expect(made).toMatchObject({ organisationId: orgId, role: "LEARNER", name: "Pat Person", passwordHash: null });
    expect(made.enrolments.map((e) => e.courseId)).toEqual([course.id]);

    const again = await admit.admitSsoSignIn(
      identity({ subject: "p-1", email: "pat.person@oakfield.example", name: "Pat Person-Smith" }),
      course,
      "192.0.2.1",
    );
    expect(again).toMatchObject({ ok: true, userId });
    expect(await db.user.findUniqueOrThrow({ where: { id: userId } })).toMatchObject({
      name: "Pat Person-Smith",
      email: "pat.person@oakfield.example",
    });
    expect(await db.signInEvent.count({ where: { userId, method: "sso:oidc" } })).toBe(2);
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).lastSignInAt).not.toBeNull();

    // An address in a domain that is not the organisation's own is not taken: mail for the person would go there.
    await admit.admitSsoSignIn(
      identity({ subject: "p-1", email: "pat@elsewhere.example", name: "Pat Person-Smith" }),
      course,
      "192.0.2.1",
    );
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).email).toBe("pat.person@oakfield.example");
  });

  it("links to an imported account with the email, keeping its role, and refuses one in another organisation", async () => {
    const imported = await db.user.create({
      data: { email: "tom@oakfield.example", name: "Tom", role: "TRAINER", organisationId: orgId },
    });
    expect(
      await admit.admitSsoSignIn(identity({ subject: "t-1", email: "tom@oakfield.example" }), course, "192.0.2.2"),
    ).toMatchObject({ ok: true, userId: imported.id });
    expect((await db.user.findUniqueOrThrow({ where: { id: imported.id } })).role).toBe("TRAINER");

    const elsewhere = await db.organisation.create({ data: { name: "Birch", slug: "birch" } });
    await db.user.create({ data: { email: "bea@oakfield.example", name: "Bea", organisationId: elsewhere.id } });
    expect(
      await admit.admitSsoSignIn(identity({ subject: "b-1", email: "bea@oakfield.example" }), course, "192.0.2.3"),
    ).toEqual({ ok: false, code: "SSO_ACCOUNT_ELSEWHERE" });
    expect(await db.externalIdentity.count({ where: { subject: "b-1" } })).toBe(0);
  });

  it("keeps a deactivated person out, linked or not", async () => {
    const linked = await admit.admitSsoSignIn(
      identity({ subject: "d-1", email: "dee@oakfield.example" }),
      course,
      "192.0.2.4",
    );
    const userId = linked.ok ? linked.userId : "";
    await db.user.update({ where: { id: userId }, data: { active: false } });
    expect(
      await admit.admitSsoSignIn(identity({ subject: "d-1", email: "dee@oakfield.example" }), course, "192.0.2.4"),
    ).toEqual({ ok: false, code: "SSO_ACCOUNT_INACTIVE" });
    expect(
      await admit.admitSsoSignIn(identity({ subject: "d-2", email: "dee@oakfield.example" }), course, "192.0.2.4"),
    ).toEqual({ ok: false, code: "SSO_ACCOUNT_INACTIVE" });
  });

  it("never admits an administrator: not by email, not linked after a promotion, not through an invitation", async () => {
    expect(
      await admit.admitSsoSignIn(identity({ subject: "a-1", email: "admin@oakfield.example" }), course, "192.0.2.5"),
    ).toEqual({ ok: false, code: "SSO_NOT_FOR_ADMINISTRATORS" });

    const learner = await admit.admitSsoSignIn(
      identity({ subject: "r-1", email: "rae@oakfield.example" }),
      course,
      "192.0.2.5",
    );
    const userId = learner.ok ? learner.userId : "";
    await db.user.update({ where: { id: userId }, data: { role: "ADMIN" } });
    expect(
      await admit.admitSsoSignIn(identity({ subject: "r-1", email: "rae@oakfield.example" }), course, "192.0.2.5"),
    ).toEqual({ ok: false, code: "SSO_NOT_FOR_ADMINISTRATORS" });

    await db.invitation.create({
      data: {
        organisationId: orgId,
        email: "ida@oakfield.example",
        name: "Ida",
        role: "ADMIN",
        groupIds: [],
        tokenHash: "admin-invitation",
        expiresAt: new Date(Date.now() + 86_400_000),
        invitedById: admin.id,
      },
    });
    expect(
      await admit.admitSsoSignIn(identity({ subject: "i-1", email: "ida@oakfield.example" }), course, "192.0.2.5"),
    ).toEqual({ ok: false, code: "SSO_NOT_FOR_ADMINISTRATORS" });
    expect(await db.user.count({ where: { email: "ida@oakfield.example" } })).toBe(0);
    expect((await db.invitation.findUniqueOrThrow({ where: { tokenHash: "admin-invitation" } })).acceptedAt).toBeNull();
  });

  it("admits only through the providers the organisation has ticked", async () => {
    const entra = identity({
      provider: "azure-ad",
      subject: "tenant:e-1",
      email: "eve@oakfield.example",
      emailVerified: false,
      tenantId: "11111111-2222-3333-4444-555555555555",
    });
    expect(await admit.admitSsoSignIn(entra, course, "192.0.2.6")).toEqual({
      ok: false,
      code: "SSO_PROVIDER_NOT_ACCEPTED",
    });
  });

  it("does not take up an invitation whose inviter has been deactivated: the person joins as a learner", async () => {
    const inviter = await db.user.create({
      data: {
        email: "former@oakfield.example",
        name: "Fay Former",
        role: "TRAINER",
        organisationId: orgId,
        active: false,
      },
    });
    await db.invitation.create({
      data: {
        organisationId: orgId,
        email: "ned@oakfield.example",
        name: "Ned",
        role: "TRAINER",
        groupIds: [],
        tokenHash: "stale-invitation",
        expiresAt: new Date(Date.now() + 86_400_000),
        invitedById: inviter.id,
      },
    });
    const admitted = await admit.admitSsoSignIn(
      identity({ subject: "n-1", email: "ned@oakfield.example" }),
      course,
      "192.0.2.7",
    );
    expect(admitted.ok).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { email: "ned@oakfield.example" } })).role).toBe("LEARNER");
    expect((await db.invitation.findUniqueOrThrow({ where: { tokenHash: "stale-invitation" } })).acceptedAt).toBeNull();
  });
});
