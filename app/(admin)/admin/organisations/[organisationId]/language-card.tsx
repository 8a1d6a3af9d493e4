import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { Card, CardTitle } from "@/components/ui/card";
import { isLocale, LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import { setOrganisationLanguageAction } from "../language-action";

/** The organisation's default interface language (Welsh Language Standards). */
export async function LanguageCard({
  organisation,
}: {
  organisation: { id: string; name: string; defaultLanguage: string };
}) {
  const t = await getTranslations("AdminOrganisation");
  const current = isLocale(organisation.defaultLanguage) ? organisation.defaultLanguage : "en-GB";
  return (
    <Card aria-labelledby="language-title">
      <CardTitle id="language-title">{t("languageTitle")}</CardTitle>
      <p className="mt-2 text-slate-700">{t("languageIntro", { organisation: organisation.name })}</p>
      <ActionForm
        action={setOrganisationLanguageAction}
        submitLabel={t("languageSave")}
        pendingLabel={t("saving")}
        className="mt-4 max-w-md"
      >
        <input type="hidden" name="organisationId" value={organisation.id} />
        <fieldset>
          <legend className="font-medium">{t("languageLegend")}</legend>
          {LOCALES.map((locale) => (
            <label key={locale} className="mt-2 flex items-center gap-2">
              <input type="radio" name="language" value={locale} defaultChecked={locale === current} />
              <span lang={locale}>{LOCALE_NAMES[locale]}</span>
            </label>
          ))}
        </fieldset>
      </ActionForm>
    </Card>
  );
}
