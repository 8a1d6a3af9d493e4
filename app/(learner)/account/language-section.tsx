import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { isLocale, LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import { chooseLanguageAction } from "./language-action";

/** The person's interface language: English, Welsh, or whatever their organisation uses. */
export async function LanguageSection({ language }: { language: { personal: string | null; organisation: string } }) {
  const t = await getTranslations("Language");
  const organisationLanguage = isLocale(language.organisation) ? language.organisation : "en-GB";
  const chosen = isLocale(language.personal) ? language.personal : "organisation";
  return (
    <section aria-labelledby="language-title" className="rounded-xl bg-white p-5 shadow-sm sm:p-6">
      <h2 id="language-title" className="text-lg font-bold">
        {t("heading")}
      </h2>
      <p className="mt-2 text-slate-800">{t("intro")}</p>
      <ActionForm
        action={chooseLanguageAction}
        submitLabel={t("save")}
        pendingLabel={t("saving")}
        className="mt-4"
        testId="language-form"
      >
        <fieldset>
          <legend className="font-medium">{t("label")}</legend>
          <label className="mt-2 flex items-center gap-2">
            <input type="radio" name="language" value="organisation" defaultChecked={chosen === "organisation"} />
            <span>{t("organisationDefault", { language: LOCALE_NAMES[organisationLanguage] })}</span>
          </label>
          {LOCALES.map((locale) => (
            <label key={locale} className="mt-2 flex items-center gap-2">
              <input type="radio" name="language" value={locale} defaultChecked={chosen === locale} />
              <span lang={locale}>{LOCALE_NAMES[locale]}</span>
            </label>
          ))}
        </fieldset>
      </ActionForm>
    </section>
  );
}
