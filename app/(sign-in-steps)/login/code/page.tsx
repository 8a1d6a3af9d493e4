import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/sign-out-button";
import { getSignInState, SECOND_FACTOR_PATHS } from "@/lib/auth/current-user";
import { safeCallbackPath } from "@/lib/security/callback-url";
import { CodeForm } from "./code-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("SignInCode"))("title") };
}

export default async function SignInCodePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const callbackUrl = safeCallbackPath((await searchParams).callbackUrl);
  const state = await getSignInState();
  if (!state) redirect("/login");
  if (state.stage === "full") redirect(callbackUrl);
  if (state.stage === "setup-needed")
    redirect(`${SECOND_FACTOR_PATHS["setup-needed"]}?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  const [t, signOut] = await Promise.all([getTranslations("SignInCode"), getTranslations("SignOut")]);
  return (
    <div className="mx-auto max-w-md rounded-xl bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-slate-800">
        {t.rich("intro", { email: state.actor.email, b: (chunks) => <b>{chunks}</b> })}
      </p>
      <CodeForm
        callbackUrl={callbackUrl}
        text={{
          codeLabel: t("codeLabel"),
          pending: t("pending"),
          submit: t("submit"),
          useRecoveryCode: t("useRecoveryCode"),
          recoveryIntro: t.rich("recoveryIntro", { code: (chunks) => <code>{chunks}</code> }),
          recoveryLabel: t("recoveryLabel"),
          submitRecovery: t("submitRecovery"),
        }}
      />
      <p className="mt-4 text-sm text-slate-700">{t("noPhone")}</p>
      <div className="mt-4 border-t border-slate-200 pt-4">
        <SignOutButton
          label={t("notYou")}
          pendingLabel={signOut("pending")}
          className="text-sm font-medium text-brand-700 underline disabled:opacity-60"
        />
      </div>
    </div>
  );
}
