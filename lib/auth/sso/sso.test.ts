import { describe, expect, it } from "vitest";
import { decideAdmission, type TAdmissionInput } from "./admission";
import { identityFromClaims, type TSsoIdentity } from "./identity";
import { parseSsoProviders, storeSsoProviders } from "./organisation-providers";

const TENANT = "11111111-2222-3333-4444-555555555555";
const org = { id: "org-oakfield", entraTenantId: TENANT, ssoProviders: "azure-ad,google,oidc" };
const account = (overrides: Partial<{ id: string; active: boolean; role: "LEARNER" | "TRAINER" | "ADMIN" }> = {}) => ({
  id: "u1",
  active: true,
  role: "LEARNER" as const,
  organisationId: org.id,
  organisation: org,
  ...overrides,
});

function identity(overrides: Partial<TSsoIdentity> = {}): TSsoIdentity {
  return {
    provider: "oidc",
    subject: "sub-1",
    email: "sam@oakfield.example",
    emailVerified: true,
    name: "Sam Teacher",
    tenantId: null,
    hostedDomain: null,
    ...overrides,
  };
}

const decide = (input: Partial<TAdmissionInput>) =>
  decideAdmission({ identity: identity(), linked: null, domainOrganisation: org, existing: null, ...input });

describe("reading an ID token", () => {
  it("identifies an Entra account by tenant and object id, and takes the sign-in name as the email when no email is issued", () => {
    const entra = identityFromClaims("azure-ad", {
      sub: "pairwise",
      oid: "object-1",
      tid: TENANT,
      preferred_username: "Head@Oakfield.example",
      name: "  Hana   Head ",
      email_verified: true,
    });
    expect(entra).toEqual({
      provider: "azure-ad",
      subject: `${TENANT}:object-1`,
      email: "head@oakfield.example",
      // Entra's word on the email is not taken: its tenant is checked instead.
      emailVerified: false,
      name: "Hana Head",
      tenantId: TENANT,
      hostedDomain: null,
    });
  });

  it('needs a subject, accepts email_verified as true or "true" only, and builds a name from its parts', () => {
    expect(identityFromClaims("oidc", { email: "a@b.example" })).toBeNull();
    expect(identityFromClaims("oidc", { sub: "x", email: "a@b.example", email_verified: "yes" })?.emailVerified).toBe(
      false,
    );
    expect(
      identityFromClaims("google", { sub: "x", email: "a@b.example", email_verified: "true", hd: "B.example" }),
    ).toMatchObject({
      emailVerified: true,
      hostedDomain: "b.example",
    });
    expect(identityFromClaims("oidc", { sub: "x", given_name: "Ada", family_name: "Lovelace" })?.name).toBe(
      "Ada Lovelace",
    );
    expect(identityFromClaims("oidc", { sub: "x", email: "not an email" })?.email).toBeNull();
  });
});

describe("who single sign-on lets in", () => {
  it("makes a new learner in the organisation that owns a verified email's domain", () => {
    expect(decide({})).toEqual({ kind: "create", organisationId: org.id });
  });

  it("links to the account that already has the email, in that organisation only, and never a deactivated one", () => {
    const existing = account();
    expect(decide({ existing })).toEqual({ kind: "link", userId: "u1", organisationId: org.id });
    expect(decide({ existing: { ...existing, organisationId: "elsewhere" } })).toEqual({
      kind: "refuse",
      code: "SSO_ACCOUNT_ELSEWHERE",
    });
    expect(decide({ existing: { ...existing, active: false } })).toEqual({
      kind: "refuse",
      code: "SSO_ACCOUNT_INACTIVE",
    });
  });

  it("signs a linked provider account in as its person, whatever its email now says, unless they are deactivated", () => {
    const linked = account({ id: "u2" });
    expect(decide({ linked, identity: identity({ email: null }) })).toEqual({ kind: "signed-in", userId: "u2" });
    expect(decide({ linked: { ...linked, active: false } })).toEqual({ kind: "refuse", code: "SSO_ACCOUNT_INACTIVE" });
  });

  it("refuses an unverified email, a domain no organisation has, and an account without an email", () => {
    expect(decide({ identity: identity({ emailVerified: false }) })).toEqual({
      kind: "refuse",
      code: "SSO_EMAIL_UNVERIFIED",
    });
    expect(decide({ domainOrganisation: null })).toEqual({ kind: "refuse", code: "SSO_DOMAIN_UNKNOWN" });
    expect(decide({ identity: identity({ email: null }) })).toEqual({ kind: "refuse", code: "SSO_NO_EMAIL" });
  });

  it("lets an Entra account in only from the organisation's own tenant", () => {
    const entra = identity({ provider: "azure-ad", emailVerified: false, tenantId: TENANT.toUpperCase() });
    expect(decide({ identity: entra })).toEqual({ kind: "create", organisationId: org.id });
    expect(decide({ identity: { ...entra, tenantId: "99999999-8888-7777-6666-555555555555" } })).toEqual({
      kind: "refuse",
      code: "SSO_TENANT_MISMATCH",
    });
    expect(decide({ identity: entra, domainOrganisation: { ...org, entraTenantId: null } })).toEqual({
      kind: "refuse",
      code: "SSO_TENANT_MISMATCH",
    });
  });

  it("lets a Google account in only as a Workspace account of its email's domain", () => {
    const google = identity({ provider: "google", hostedDomain: "oakfield.example" });
    expect(decide({ identity: google })).toEqual({ kind: "create", organisationId: org.id });
    expect(decide({ identity: { ...google, hostedDomain: null } })).toEqual({
      kind: "refuse",
      code: "SSO_NOT_WORKSPACE",
    });
    expect(decide({ identity: { ...google, hostedDomain: "other.example" } })).toEqual({
      kind: "refuse",
      code: "SSO_NOT_WORKSPACE",
    });
  });

  it("never lets an administrator in, linked, matched by email, or new by invitation (see admit.test.ts)", () => {
    expect(decide({ linked: account({ role: "ADMIN" }) })).toEqual({
      kind: "refuse",
      code: "SSO_NOT_FOR_ADMINISTRATORS",
    });
    expect(decide({ existing: account({ role: "ADMIN" }) })).toEqual({
      kind: "refuse",
      code: "SSO_NOT_FOR_ADMINISTRATORS",
    });
  });

  it("accepts only the providers the organisation has ticked, for new and linked accounts alike", () => {
    const googleOnly = { ...org, ssoProviders: "google" };
    expect(decide({ domainOrganisation: googleOnly })).toEqual({ kind: "refuse", code: "SSO_PROVIDER_NOT_ACCEPTED" });
    expect(decide({ domainOrganisation: { ...org, ssoProviders: "" } })).toEqual({
      kind: "refuse",
      code: "SSO_PROVIDER_NOT_ACCEPTED",
    });
    // Switching a provider off also shuts out the accounts already linked through it.
    expect(decide({ linked: account({ id: "u3" }), domainOrganisation: null })).toEqual({
      kind: "signed-in",
      userId: "u3",
    });
    expect(decide({ linked: { ...account({ id: "u3" }), organisation: googleOnly } })).toEqual({
      kind: "refuse",
      code: "SSO_PROVIDER_NOT_ACCEPTED",
    });
  });

  it("checks a linked Entra account's directory again at every sign-in", () => {
    const entra = identity({ provider: "azure-ad", emailVerified: false, tenantId: TENANT });
    const linked = account({ id: "u4" });
    expect(decide({ identity: entra, linked })).toEqual({ kind: "signed-in", userId: "u4" });
    expect(decide({ identity: entra, linked: { ...linked, organisation: { ...org, entraTenantId: null } } })).toEqual({
      kind: "refuse",
      code: "SSO_TENANT_MISMATCH",
    });
  });
});

describe("an organisation's accepted providers", () => {
  it("are stored as known ids, each once, in a fixed order, and read back the same", () => {
    expect(storeSsoProviders(["oidc", "google", "oidc", "saml", "azure-ad"])).toBe("azure-ad,google,oidc");
    expect(storeSsoProviders([])).toBe("");
    expect(parseSsoProviders("google, oidc,unknown,")).toEqual(["google", "oidc"]);
    expect(parseSsoProviders("")).toEqual([]);
  });
});
