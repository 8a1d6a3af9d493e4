import type { TErrorCode } from "../../errors";
import { emailDomain, type TSsoIdentity } from "./identity";

type TAccount = { id: string; active: boolean; organisationId: string };

export type TAdmissionInput = {
  identity: TSsoIdentity;
  /** The person this provider account is already linked to, if any. */
  linked: TAccount | null;
  /** The organisation that has verified the email's domain, if any. */
  domainOrganisation: { id: string; entraTenantId: string | null } | null;
  /** The account that already has this email, if any (invited and accepted, imported, or made by hand). */
  existing: TAccount | null;
};

export type TAdmission =
  | { kind: "signed-in"; userId: string }
  | { kind: "link"; userId: string; organisationId: string }
  | { kind: "create"; organisationId: string }
  | { kind: "refuse"; code: TErrorCode };

/**
 * Who a single sign-on lets in, and as whom. A provider account already linked signs in as its person (unless
 * deactivated). Otherwise only a vouched-for email in a domain an organisation has verified gets in: Google and
 * generic providers must say the email is verified; for Entra ID, which does not, the account must belong to the
 * organisation's own tenant (anyone can create an Entra tenant and put any address in it). That email then links
 * to the account that already has it, in that organisation only, or makes a new learner there. Nothing else links.
 */
export function decideAdmission({ identity, linked, domainOrganisation, existing }: TAdmissionInput): TAdmission {
  if (linked)
    return linked.active ? { kind: "signed-in", userId: linked.id } : { kind: "refuse", code: "SSO_ACCOUNT_INACTIVE" };
  if (!identity.email) return { kind: "refuse", code: "SSO_NO_EMAIL" };
  if (identity.provider !== "azure-ad" && !identity.emailVerified)
    return { kind: "refuse", code: "SSO_EMAIL_UNVERIFIED" };
  // A Google account is an organisation's only if it is a Workspace account of the email's own domain (Google's
  // advice: check hd), not a personal Google account made with a work address.
  if (identity.provider === "google" && identity.hostedDomain !== emailDomain(identity.email))
    return { kind: "refuse", code: "SSO_NOT_WORKSPACE" };
  if (!domainOrganisation) return { kind: "refuse", code: "SSO_DOMAIN_UNKNOWN" };
  if (
    identity.provider === "azure-ad" &&
    (!domainOrganisation.entraTenantId ||
      domainOrganisation.entraTenantId.toLowerCase() !== identity.tenantId?.toLowerCase())
  )
    return { kind: "refuse", code: "SSO_TENANT_MISMATCH" };
  if (existing) {
    if (existing.organisationId !== domainOrganisation.id) return { kind: "refuse", code: "SSO_ACCOUNT_ELSEWHERE" };
    if (!existing.active) return { kind: "refuse", code: "SSO_ACCOUNT_INACTIVE" };
    return { kind: "link", userId: existing.id, organisationId: domainOrganisation.id };
  }
  return { kind: "create", organisationId: domainOrganisation.id };
}
