import { ActionForm } from "@/components/action-form";
import { Card, CardTitle } from "@/components/ui/card";
import type { TSsoProviderId } from "@/lib/auth/sso/identity";
import { parseSsoProviders } from "@/lib/auth/sso/organisation-providers";
import { addDomainAction, removeDomainAction, saveSingleSignOnAction } from "../sign-in-actions";

type TOrganisation = {
  id: string;
  name: string;
  entraTenantId: string | null;
  ssoRequired: boolean;
  ssoNeedsSecondFactor: boolean;
  ssoProviders: string;
  domains: { id: string; domain: string }[];
};

const NAMES: Record<TSsoProviderId, string> = { "azure-ad": "Microsoft", google: "Google", oidc: "OpenID Connect" };

/**
 * Who may join this organisation by signing in with their work account: its email domains, its Entra tenant,
 * and whether a password is still allowed.
 */
export function SingleSignOnCard({
  org,
  providers,
}: {
  org: TOrganisation;
  providers: { id: TSsoProviderId; name: string }[];
}) {
  const accepted = parseSsoProviders(org.ssoProviders);
  // A provider ticked earlier but since switched off for the site stays ticked (and saved), marked as off.
  const offered = [
    ...providers,
    ...accepted.filter((id) => !providers.some((p) => p.id === id)).map((id) => ({ id, name: NAMES[id], off: true })),
  ];
  return (
    <Card aria-labelledby="sso-title">
      <CardTitle id="sso-title">Single sign-on</CardTitle>
      <p className="mt-2 text-slate-700">
        Staff whose work email is in one of these domains can sign in with their organisation&apos;s account, through
        the providers ticked below: the first time, they join {org.name} as a learner, or are matched to the account or
        invitation that already has their email. Only add domains that belong to {org.name}. Administrators always sign
        in with their password and authenticator.
      </p>
      {providers.length ? null : (
        <p className="mt-2 rounded-md bg-amber-50 p-3 text-amber-900">
          No single sign-on provider is switched on for this site yet: see &quot;Single sign-on&quot; in the README.
        </p>
      )}
      <h3 className="mt-4 font-bold">Email domains</h3>
      {org.domains.length ? (
        <ul className="mt-2 space-y-2" data-testid="sso-domains">
          {org.domains.map((d) => (
            <li key={d.id} className="flex flex-wrap items-center gap-3">
              <span className="font-mono">{d.domain}</span>
              <ActionForm
                action={removeDomainAction}
                submitLabel={`Remove ${d.domain}`}
                pendingLabel="Removing…"
                danger
              >
                <input type="hidden" name="organisationId" value={org.id} />
                <input type="hidden" name="domainId" value={d.id} />
              </ActionForm>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-slate-700">None yet.</p>
      )}
      <ActionForm action={addDomainAction} submitLabel="Add domain" clearOnSuccess className="mt-3 max-w-md">
        <input type="hidden" name="organisationId" value={org.id} />
        <label htmlFor="sso-domain" className="block font-medium">
          Domain (the part after the @)
        </label>
        <input
          id="sso-domain"
          name="domain"
          required
          placeholder="school.example.org"
          autoCapitalize="none"
          spellCheck={false}
          className="w-full rounded-md border border-slate-400 px-3 py-2"
        />
      </ActionForm>
      <h3 className="mt-6 font-bold">Rules</h3>
      <ActionForm action={saveSingleSignOnAction} submitLabel="Save single sign-on settings" className="mt-2 max-w-xl">
        <input type="hidden" name="organisationId" value={org.id} />
        <fieldset>
          <legend className="font-medium">Accounts that may sign in</legend>
          {offered.length ? null : <p className="text-slate-700">None is switched on for this site.</p>}
          {offered.map((p) => (
            <label key={p.id} className="mt-1 flex items-start gap-2">
              <input type="checkbox" name="ssoProviders" value={p.id} defaultChecked={accepted.includes(p.id)} />
              <span>
                {p.name}
                {"off" in p ? " (no longer switched on for this site)" : ""}
              </span>
            </label>
          ))}
        </fieldset>
        <label htmlFor="sso-tenant" className="mt-3 block font-medium">
          Microsoft Entra tenant id (for &quot;Continue with Microsoft&quot;)
        </label>
        <p id="sso-tenant-hint" className="text-sm text-slate-600">
          In the Entra admin centre: Overview, Tenant ID. Microsoft accounts from any other directory are refused, even
          with an email in your domains.
        </p>
        <input
          id="sso-tenant"
          name="entraTenantId"
          defaultValue={org.entraTenantId ?? ""}
          aria-describedby="sso-tenant-hint"
          autoCapitalize="none"
          spellCheck={false}
          className="w-full rounded-md border border-slate-400 px-3 py-2 font-mono"
        />
        <label className="mt-3 flex items-start gap-2">
          <input type="checkbox" name="ssoRequired" defaultChecked={org.ssoRequired} />
          <span>
            Staff must use single sign-on: they cannot sign in with a password or reset one. Administrators keep their
            password and authenticator as the way back in.
          </span>
        </label>
        <label className="mt-2 flex items-start gap-2">
          <input type="checkbox" name="ssoNeedsSecondFactor" defaultChecked={org.ssoNeedsSecondFactor} />
          <span>
            Also ask for a code from our authenticator after single sign-on (leave off if your identity provider already
            asks for a second factor).
          </span>
        </label>
      </ActionForm>
    </Card>
  );
}
