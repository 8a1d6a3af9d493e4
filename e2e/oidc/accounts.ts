// The test accounts of the three issuers e2e/oidc/server.ts starts. The key is the login name a test types at the
// provider's sign-in page; it is also the account's `sub`.
import type { OidcAccounts } from "./provider";

export const OIDC_CLIENT_ID = "safeguarding-e2e";
export const OIDC_CLIENT_SECRET = "e2e-oidc-client-secret-0123456789";

/** The issuers e2e/oidc/server.ts starts (the generic one on the base port, then entra-like, then google-like). */
export const OIDC_BASE_PORT = Number(process.env.OIDC_BASE_PORT ?? 3150);
export const GENERIC_ISSUER = `http://127.0.0.1:${OIDC_BASE_PORT}`;
export const ENTRA_ISSUER = `http://127.0.0.1:${OIDC_BASE_PORT + 1}`;
export const GOOGLE_ISSUER = `http://127.0.0.1:${OIDC_BASE_PORT + 2}`;

export const ENTRA_TENANT_ID = "11111111-2222-3333-4444-555555555555";
export const OTHER_ENTRA_TENANT_ID = "99999999-8888-7777-6666-555555555555";
export const GOOGLE_DOMAIN = "oakfield.example";

/** A generic OpenID Connect provider: standard claims only. */
export const GENERIC_ACCOUNTS = {
  "new-starter": {
    email: "new.starter@oakfield.example",
    email_verified: true,
    name: "Nia New",
    given_name: "Nia",
    family_name: "New",
  },
  invited: {
    email: "invited.person@oakfield.example",
    email_verified: true,
    name: "Ida Invited",
    given_name: "Ida",
    family_name: "Invited",
  },
  stranger: {
    email: "sam@unknown-domain.example",
    email_verified: true,
    name: "Sam Stranger",
    given_name: "Sam",
    family_name: "Stranger",
  },
  unverified: {
    email: "unverified@oakfield.example",
    email_verified: false,
    name: "Uma Unverified",
    given_name: "Uma",
    family_name: "Unverified",
  },
  deactivated: {
    email: "gone@oakfield.example",
    email_verified: true,
    name: "Gus Gone",
    given_name: "Gus",
    family_name: "Gone",
  },
} satisfies OidcAccounts;

/** Like Microsoft Entra ID: a tenant id (tid) and preferred_username, and no email_verified. */
export const ENTRA_ACCOUNTS = {
  "entra-teacher": {
    tid: ENTRA_TENANT_ID,
    preferred_username: "teacher@oakfield.example",
    email: "teacher@oakfield.example",
    name: "Tara Teacher",
    given_name: "Tara",
    family_name: "Teacher",
  },
  "entra-head": {
    tid: ENTRA_TENANT_ID,
    preferred_username: "head@oakfield.example",
    email: "head@oakfield.example",
    name: "Hal Head",
    given_name: "Hal",
    family_name: "Head",
  },
  "entra-other-tenant": {
    tid: OTHER_ENTRA_TENANT_ID,
    preferred_username: "teacher@oakfield.example",
    email: "teacher@oakfield.example",
    name: "Tara Elsewhere",
    given_name: "Tara",
    family_name: "Elsewhere",
  },
} satisfies OidcAccounts;

/**
 * Like Google Workspace: the hosted domain (hd) and email_verified. A consumer Google account can carry any address,
 * even one at the organisation's domain, but has no hd.
 */
export const GOOGLE_ACCOUNTS = {
  "google-teacher": {
    hd: GOOGLE_DOMAIN,
    email: "g.teacher@oakfield.example",
    email_verified: true,
    name: "Gail Teacher",
    given_name: "Gail",
    family_name: "Teacher",
  },
  "google-consumer": {
    email: "personal@oakfield.example",
    email_verified: true,
    name: "Pat Personal",
    given_name: "Pat",
    family_name: "Personal",
  },
} satisfies OidcAccounts;
