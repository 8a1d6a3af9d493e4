import { getTranslations } from "next-intl/server";
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
export async function SingleSignOnCard({
  org,
  providers,
}: {
  org: TOrganisation;
  providers: { id: TSsoProviderId; name: string }[];
}) {
  const t = await getTranslations("AdminSingleSignOn");
  const accepted = parseSsoProviders(org.ssoProviders);
  // A provider ticked earlier but since switched off for the site stays ticked (and saved), marked as off.
  const offered = [
    ...providers,
    ...accepted.filter((id) => !providers.some((p) => p.id === id)).map((id) => ({ id, name: NAMES[id], off: true })),
  ];
  return (
    <Card aria-labelledby="sso-title">
      <CardTitle id="sso-title">{t("title")}</CardTitle>
      <p className="mt-2 text-slate-700">{t("intro", { organisation: org.name })}</p>
      {providers.length ? null : <p className="mt-2 rounded-md bg-amber-50 p-3 text-amber-900">{t("noProvider")}</p>}
      <h3 className="mt-4 font-bold">{t("domainsHeading")}</h3>
      {org.domains.length ? (
        <ul className="mt-2 space-y-2" data-testid="sso-domains">
          {org.domains.map((d) => (
            <li key={d.id} className="flex flex-wrap items-center gap-3">
              <span className="font-mono">{d.domain}</span>
              <ActionForm
                action={removeDomainAction}
                submitLabel={t("removeDomain", { domain: d.domain })}
                pendingLabel={t("removing")}
                danger
              >
                <input type="hidden" name="organisationId" value={org.id} />
                <input type="hidden" name="domainId" value={d.id} />
              </ActionForm>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-slate-700">{t("noDomains")}</p>
      )}
      <ActionForm
        action={addDomainAction}
        submitLabel={t("addDomain")}
        pendingLabel={t("saving")}
        clearOnSuccess
        className="mt-3 max-w-md"
      >
        <input type="hidden" name="organisationId" value={org.id} />
        <label htmlFor="sso-domain" className="block font-medium">
          {t("domainLabel")}
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
      <h3 className="mt-6 font-bold">{t("rulesHeading")}</h3>
      <ActionForm
        action={saveSingleSignOnAction}
        submitLabel={t("save")}
        pendingLabel={t("saving")}
        className="mt-2 max-w-xl"
      >
        <input type="hidden" name="organisationId" value={org.id} />
        <fieldset>
          <legend className="font-medium">{t("accountsLegend")}</legend>
          {offered.length ? null : <p className="text-slate-700">{t("noneOffered")}</p>}
          {offered.map((p) => (
            <label key={p.id} className="mt-1 flex items-start gap-2">
              <input type="checkbox" name="ssoProviders" value={p.id} defaultChecked={accepted.includes(p.id)} />
              <span>{"off" in p ? t("switchedOff", { provider: p.name }) : p.name}</span>
            </label>
          ))}
        </fieldset>
        <label htmlFor="sso-tenant" className="mt-3 block font-medium">
          {t("tenantLabel")}
        </label>
        <p id="sso-tenant-hint" className="text-sm text-slate-600">
          {t("tenantHint")}
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
          <span>{t("required")}</span>
        </label>
        <label className="mt-2 flex items-start gap-2">
          <input type="checkbox" name="ssoNeedsSecondFactor" defaultChecked={org.ssoNeedsSecondFactor} />
          <span>{t("secondFactor")}</span>
        </label>
      </ActionForm>
    </Card>
  );
}
