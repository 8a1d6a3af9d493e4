"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { ZRecordId } from "@/lib/actions/ids";
import { withActor } from "@/lib/edge/action";
import { unwrap } from "@/lib/edge/outcome";
import { setOrganisationLanguage } from "@/lib/i18n/language-settings";
import { ZLocale } from "@/lib/i18n/locale-schema";
import { LOCALE_NAMES } from "@/lib/i18n/locales";

const ZOrganisationLanguage = z.object({ organisationId: ZRecordId, language: ZLocale });

/** The language an organisation's people get until they choose their own. */
export const setOrganisationLanguageAction = withActor(
  {
    schema: ZOrganisationLanguage,
    read: (formData) => ({ organisationId: formData.get("organisationId"), language: formData.get("language") }),
  },
  async ({ actor, input }) => {
    unwrap(await setOrganisationLanguage(actor, input.organisationId, input.language));
    // Every page of its people changes language, not only this one.
    revalidatePath("/", "layout");
    const t = await getTranslations("AdminOrganisation");
    return { ok: true, message: t("languageSaved", { language: LOCALE_NAMES[input.language] }) };
  },
);
