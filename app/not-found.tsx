import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("ErrorPages");
  return (
    <div className="rounded-xl bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-bold">{t("notFoundHeading")}</h1>
      <p className="mt-2 text-slate-700">{t("notFoundBody")}</p>
      <Link href="/course" className="mt-4 inline-block font-medium text-brand-700 underline">
        {t("notFoundLink")}
      </Link>
    </div>
  );
}
