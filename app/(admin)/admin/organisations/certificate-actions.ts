"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { ZRecordId } from "@/lib/actions/ids";
import { LOGO_MAX_BYTES } from "@/lib/certificates/logo";
import { saveCertificateSignatory } from "@/lib/certificates/signatory";
import { SIGNATORY_MAX_LENGTH } from "@/lib/certificates/signatory-choice";
import { withActor } from "@/lib/edge/action";
import { unwrap } from "@/lib/edge/outcome";

const ZSignatoryText = z.string().trim().max(SIGNATORY_MAX_LENGTH, "FIELD_SIGNATORY_TOO_LONG");

const LOGO_NEWS = { replaced: "logoReplaced", removed: "logoRemoved", kept: null, none: null } as const;

/** Who signs an organisation's certificates, and their logo: the administrator's "Certificates" card. */
export const saveCertificateSettingsAction = withActor(
  {
    schema: z
      .object({
        organisationId: ZRecordId,
        signatoryName: ZSignatoryText,
        signatoryRole: ZSignatoryText,
        // A file input with nothing chosen still sends a file, an empty one: that keeps the current logo.
        logo: z
          .instanceof(File)
          .refine((file) => file.size <= LOGO_MAX_BYTES, {
            message: "LOGO_TOO_LARGE",
            params: { max: LOGO_MAX_BYTES / 1024 },
          })
          .nullable(),
        removeLogo: z.boolean(),
      })
      .refine((v) => v.signatoryName || !v.signatoryRole, {
        message: "FIELD_SIGNATORY_ROLE_WITHOUT_NAME",
        path: ["signatoryRole"],
      }),
    read: (formData) => ({
      organisationId: formData.get("organisationId"),
      signatoryName: formData.get("signatoryName") ?? "",
      signatoryRole: formData.get("signatoryRole") ?? "",
      logo: formData.get("logo"),
      removeLogo: formData.get("removeLogo") === "on",
    }),
  },
  async ({ actor, input }) => {
    // A new file chosen replaces the logo even with "remove" ticked: either way the old one goes.
    const logo =
      input.logo && input.logo.size > 0
        ? new Uint8Array(await input.logo.arrayBuffer())
        : input.removeLogo
          ? ("remove" as const)
          : null;
    const saved = unwrap(
      await saveCertificateSignatory(actor, input.organisationId, {
        name: input.signatoryName,
        role: input.signatoryRole,
        logo,
      }),
    );
    revalidatePath(`/admin/organisations/${input.organisationId}`);
    const t = await getTranslations("AdminCertificateSettings");
    const signer = input.signatoryName ? t("signedBy", { name: input.signatoryName }) : t("signedByLead");
    const news = LOGO_NEWS[saved.logo];
    return { ok: true, message: news ? `${signer} ${t(news)}` : signer };
  },
);
