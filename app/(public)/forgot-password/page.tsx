import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ForgotForm } from "./forgot-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ForgotPassword"))("title") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("ForgotPassword");
  return (
    <div className="mx-auto max-w-md rounded-xl bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      <p className="mt-2 text-slate-700">{t("intro")}</p>
      <ForgotForm text={{ email: t("email"), submit: t("submit"), pending: t("pending") }} />
      <Link href="/login" className="mt-4 inline-block text-brand-700 underline">
        {t("back")}
      </Link>
    </div>
  );
}
