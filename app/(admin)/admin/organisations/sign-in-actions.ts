"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { ZRecordId } from "@/lib/actions/ids";
import { SSO_PROVIDER_IDS } from "@/lib/auth/sso/identity";
import { withActor } from "@/lib/edge/action";
import { unwrap } from "@/lib/edge/outcome";
import {
  addOrganisationDomain,
  DOMAIN_PATTERN,
  removeOrganisationDomain,
  setSingleSignOnSettings,
  TENANT_PATTERN,
} from "@/lib/people/organisation-sign-in";

const page = (organisationId: string) => `/admin/organisations/${organisationId}`;

export const addDomainAction = withActor(
  {
    schema: z.object({
      organisationId: ZRecordId,
      domain: z
        .string()
        .trim()
        .toLowerCase()
        .transform((d) => d.replace(/^@/, ""))
        .pipe(z.string().regex(DOMAIN_PATTERN, "FIELD_DOMAIN_INVALID")),
    }),
    read: (formData) => ({ organisationId: formData.get("organisationId"), domain: formData.get("domain") }),
  },
  async ({ actor, input }) => {
    unwrap(await addOrganisationDomain(actor, input.organisationId, input.domain));
    revalidatePath(page(input.organisationId));
    return { ok: true, message: (await getTranslations("AdminSingleSignOn"))("domainAdded", { domain: input.domain }) };
  },
);

export const removeDomainAction = withActor(
  {
    schema: z.object({ organisationId: ZRecordId, domainId: ZRecordId }),
    read: (formData) => ({ organisationId: formData.get("organisationId"), domainId: formData.get("domainId") }),
  },
  async ({ actor, input }) => {
    unwrap(await removeOrganisationDomain(actor, input.organisationId, input.domainId));
    revalidatePath(page(input.organisationId));
    return { ok: true, message: (await getTranslations("AdminSingleSignOn"))("domainRemoved") };
  },
);

export const saveSingleSignOnAction = withActor(
  {
    schema: z.object({
      organisationId: ZRecordId,
      entraTenantId: z
        .string()
        .trim()
        .toLowerCase()
        .refine((v) => v === "" || TENANT_PATTERN.test(v), "FIELD_TENANT_INVALID"),
      ssoRequired: z.boolean(),
      ssoNeedsSecondFactor: z.boolean(),
      ssoProviders: z.array(z.enum(SSO_PROVIDER_IDS)).max(SSO_PROVIDER_IDS.length),
    }),
    read: (formData) => ({
      organisationId: formData.get("organisationId"),
      entraTenantId: formData.get("entraTenantId") ?? "",
      ssoRequired: formData.get("ssoRequired") === "on",
      ssoNeedsSecondFactor: formData.get("ssoNeedsSecondFactor") === "on",
      ssoProviders: formData.getAll("ssoProviders"),
    }),
  },
  async ({ actor, input }) => {
    unwrap(
      await setSingleSignOnSettings(actor, input.organisationId, {
        entraTenantId: input.entraTenantId || null,
        ssoRequired: input.ssoRequired,
        ssoNeedsSecondFactor: input.ssoNeedsSecondFactor,
        ssoProviders: input.ssoProviders,
      }),
    );
    revalidatePath(page(input.organisationId));
    return { ok: true, message: (await getTranslations("AdminSingleSignOn"))("saved") };
  },
);
