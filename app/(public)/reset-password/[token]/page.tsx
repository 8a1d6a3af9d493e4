import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SetPasswordForm } from "@/components/set-password-form";
import { isResetTokenUsable } from "@/lib/people/password-reset";
import { resetPasswordAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Password"))("resetTitle"), robots: { index: false } };
}

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [usable, t] = await Promise.all([isResetTokenUsable(token), getTranslations("Password")]);
  return (
    <div className="mx-auto max-w-md rounded-xl bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-bold">{t("resetTitle")}</h1>
      {usable ? (
        <SetPasswordForm
          action={resetPasswordAction}
          token={token}
          submitLabel={t("resetSubmit")}
          text={{ newPassword: t("newPassword"), hint: t("hint"), confirm: t("confirm"), pending: t("pending") }}
        />
      ) : (
        <>
          <p className="mt-2 text-slate-700" data-testid="reset-unusable">
            {t("resetUnusable")}
          </p>
          <Link href="/forgot-password" className="mt-4 inline-block font-medium text-brand-700 underline">
            {t("askNewLink")}
          </Link>
        </>
      )}
    </div>
  );
}
