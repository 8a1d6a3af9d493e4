import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function CertificateNotFound() {
  const t = await getTranslations("Verify");
  return (
    <div className="mx-auto max-w-xl rounded-xl bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-bold">{t("notFoundHeading")}</h1>
      <p className="mt-2 text-slate-700" data-testid="certificate-not-found">
        {t("notFoundBody")}
      </p>
      <Link href="/verify" className="mt-4 inline-block font-medium text-brand-700 underline">
        {t("checkAnotherNumber")}
      </Link>
    </div>
  );
}
