import { collapseWhitespace, PERSON_NAME_MAX } from "../../people/person-name";

/** The next-auth ids of the single sign-on providers: Microsoft Entra ID, Google, any OpenID Connect provider. */
export const SSO_PROVIDER_IDS = ["azure-ad", "google", "oidc"] as const;
export type TSsoProviderId = (typeof SSO_PROVIDER_IDS)[number];

export function isSsoProvider(id: string): id is TSsoProviderId {
  return (SSO_PROVIDER_IDS as readonly string[]).includes(id);
}

/** What a sign-in through an identity provider says about the person, read from its ID token. */
export type TSsoIdentity = {
  provider: TSsoProviderId;
  /** The provider's lasting id for the person: what later sign-ins are matched on, never the email. */
  subject: string;
  email: string | null;
  /** Whether the provider vouches for the email (Entra does not say: its tenant is checked instead). */
  emailVerified: boolean;
  name: string | null;
  /** Entra ID only: the directory (tenant) the account belongs to. */
  tenantId: string | null;
  /** Google only: the Workspace domain of the account (`hd`); absent for a personal Google account. */
  hostedDomain: string | null;
};

const text = (value: unknown): string | null => (typeof value === "string" && value.trim() ? value.trim() : null);
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Reads the ID token's claims. For Entra ID the person is identified by their object id within their tenant (`oid`
 * and `tid`, as Microsoft advises; `sub` differs per application), and the email may come from
 * `preferred_username` (the sign-in name, usually the work email) when the `email` claim is not issued.
 */
export function identityFromClaims(provider: TSsoProviderId, claims: Record<string, unknown>): TSsoIdentity | null {
  const tenantId = provider === "azure-ad" ? text(claims.tid) : null;
  const oid = text(claims.oid);
  const subject = provider === "azure-ad" && tenantId && oid ? `${tenantId}:${oid}` : text(claims.sub);
  if (!subject) return null;
  const candidates = provider === "azure-ad" ? [claims.email, claims.preferred_username] : [claims.email];
  const email =
    candidates
      .map(text)
      .find((value) => value && EMAIL.test(value))
      ?.toLowerCase() ?? null;
  const given = [text(claims.given_name), text(claims.family_name)].filter(Boolean).join(" ");
  const rawName = text(claims.name) ?? (given || null);
  const name = rawName ? collapseWhitespace(rawName).slice(0, PERSON_NAME_MAX) : null;
  const emailVerified = provider !== "azure-ad" && (claims.email_verified === true || claims.email_verified === "true");
  const hostedDomain = provider === "google" ? (text(claims.hd)?.toLowerCase() ?? null) : null;
  return {
    provider,
    subject,
    email,
    emailVerified,
    name: name && name.length >= 2 ? name : null,
    tenantId,
    hostedDomain,
  };
}

export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf("@") + 1).toLowerCase();
}
