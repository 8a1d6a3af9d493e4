import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ReadingSettingsForm, type TReadingOptionText } from "@/components/reading/reading-settings-form";
import { requireUser } from "@/lib/auth/current-user";
import { READING_OPTIONS } from "@/lib/reading/settings";
import { getOwnReadingSettings } from "@/lib/reading/store";
import { saveReadingSettingsAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Reading"))("title") };
}

export default async function ReadingSettingsPage() {
  const user = await requireUser();
  const [settings, t] = await Promise.all([getOwnReadingSettings(user), getTranslations("Reading")]);
  // Each option's name and description in the page's language, keyed by setting and value as READING_OPTIONS lists them.
  const options = Object.fromEntries(
    Object.entries(READING_OPTIONS).map(([key, list]) => [
      key,
      list.map((value) => ({
        value,
        label: t(`options.${key}.${value}.label`),
        hint: t(`options.${key}.${value}.hint`),
      })),
    ]),
  ) as TReadingOptionText;
  return (
    <div className="space-y-6">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <Link href="/account" className="text-brand-700 underline underline-offset-2">
          {t("yourAccount")}
        </Link>
      </nav>
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p className="max-w-prose text-slate-800">{t("intro")}</p>
      <ReadingSettingsForm
        action={saveReadingSettingsAction}
        saved={settings}
        options={options}
        text={{
          save: t("save"),
          saving: t("saving"),
          legends: {
            textSize: t("textSize"),
            lineSpacing: t("lineSpacing"),
            font: t("font"),
            contrast: t("contrast"),
          },
          sample: t("sample"),
          sampleMore: t("sampleMore"),
          preview: t("preview"),
          previewIntro: t("previewIntro"),
        }}
      />
    </div>
  );
}
