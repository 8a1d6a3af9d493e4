import type { TErrorCode } from "../../errors";
import type { TRole } from "../roles";
import { emailDomain, type TSsoIdentity } from "./identity";
import { parseSsoProviders } from "./organisation-providers";

/** An organisation's single sign-on rules, as admission needs them. */
export type TSsoOrganisation = { id: string; entraTenantId: string | null; ssoProviders: string };

type TAccount = {
  id: string;
  active: boolean;
  role: TRole;
  organisationId: string;
  organisation: TSsoOrganisation;
};

export type TAdmissionInput = {
  identity: TSsoIdentity;
  /** The person this provider account is already linked to, if any. */
  linked: TAccount | null;
  /** The organisation that has verified the email's domain, if any. */
  domainOrganisation: TSsoOrganisation | null;
  /** The account that already has this email, if any (invited and accepted, imported, or made by hand). */
  existing: TAccount | null;
};

export type TAdmission =
  | { kind: "signed-in"; userId: string }
  | { kind: "link"; userId: string; organisationId: string }
  | { kind: "create"; organisationId: string }
  | { kind: "refuse"; code: TErrorCode };

const refuse = (code: TErrorCode): TAdmission => ({ kind: "refuse", code });

/** Whether this organisation accepts this provider's accounts at all, and for Entra, this directory's. */
function organisationRefuses(identity: TSsoIdentity, organisation: TSsoOrganisation): TErrorCode | null {
  if (!parseSsoProviders(organisation.ssoProviders).includes(identity.provider)) return "SSO_PROVIDER_NOT_ACCEPTED";
  if (
    identity.provider === "azure-ad" &&
    (!organisation.entraTenantId || organisation.entraTenantId.toLowerCase() !== identity.tenantId?.toLowerCase())
  )
    return "SSO_TENANT_MISMATCH";
  return null;
}

/**
 * Who a single sign-on lets in, and as whom.
 * - Administrators never: they manage everyone, so they sign in with their password and our authenticator, and an
 *   identity provider (run by someone else) cannot stand in for either.
 * - A provider account already linked signs in as its person, while they are active and their organisation still
 *   accepts that provider (and, for Entra, that directory): an administrator can switch a provider off.
 * - Otherwise only a vouched-for email in a domain an organisation has verified, through a provider it accepts,
 *   gets in. Google and generic providers must say the email is verified; for Entra ID, which does not, the account
 *   must belong to the organisation's own tenant (anyone can create an Entra tenant and put any address in it).
 *   That email then links to the account that already has it, in that organisation only, or makes a new learner
 *   there. Nothing else links.
 */
export function decideAdmission({ identity, linked, domainOrganisation, existing }: TAdmissionInput): TAdmission {
  if (linked) {
    if (!linked.active) return refuse("SSO_ACCOUNT_INACTIVE");
    if (linked.role === "ADMIN") return refuse("SSO_NOT_FOR_ADMINISTRATORS");
    const refused = organisationRefuses(identity, linked.organisation);
    return refused ? refuse(refused) : { kind: "signed-in", userId: linked.id };
  }
  if (!identity.email) return refuse("SSO_NO_EMAIL");
  if (identity.provider !== "azure-ad" && !identity.emailVerified) return refuse("SSO_EMAIL_UNVERIFIED");
  // A Google account is an organisation's only if it is a Workspace account of the email's own domain (Google's
  // advice: check hd), not a personal Google account made with a work address.
  if (identity.provider === "google" && identity.hostedDomain !== emailDomain(identity.email))
    return refuse("SSO_NOT_WORKSPACE");
  if (!domainOrganisation) return refuse("SSO_DOMAIN_UNKNOWN");
  const refused = organisationRefuses(identity, domainOrganisation);
  if (refused) return refuse(refused);
  if (existing) {
    if (existing.organisationId !== domainOrganisation.id) return refuse("SSO_ACCOUNT_ELSEWHERE");
    if (!existing.active) return refuse("SSO_ACCOUNT_INACTIVE");
    if (existing.role === "ADMIN") return refuse("SSO_NOT_FOR_ADMINISTRATORS");
    return { kind: "link", userId: existing.id, organisationId: domainOrganisation.id };
  }
  return { kind: "create", organisationId: domainOrganisation.id };
}
