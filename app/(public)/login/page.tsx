import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getSignInState, SECOND_FACTOR_PATHS } from "@/lib/auth/current-user";
import { ssoProviderNames } from "@/lib/auth/sso/providers";
import { getEnv } from "@/lib/env";
import { isErrorCode, messageFor, type TLocale } from "@/lib/errors";
import { currentLocale } from "@/lib/i18n/current-locale";
import { safeCallbackPath } from "@/lib/security/callback-url";
import { LoginForm } from "./login-form";
import { SsoButtons } from "./sso-buttons";

/**
 * Why a single sign-on came back without signing in: a refusal of ours (a code), or next-auth's own error name when
 * the exchange with the provider failed (an expired, replayed or forged answer), which is not worth a person's time.
 */
function ssoError(error: string | string[] | undefined, locale: TLocale): string | null {
  if (typeof error !== "string" || !error) return null;
  return messageFor(isErrorCode(error) && error.startsWith("SSO_") ? error : "SSO_FAILED", {}, locale);
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("SignIn"))("title") };
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  const state = await getSignInState();
  if (state?.stage === "full") redirect(callbackUrl);
  if (state) redirect(`${SECOND_FACTOR_PATHS[state.stage]}?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  const [t, locale] = await Promise.all([getTranslations("SignIn"), currentLocale()]);
  const ssoMessage = ssoError(params.error, locale);
  return (
    <div className="mx-auto max-w-md rounded-xl bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 text-slate-700">{t("intro")}</p>
      {params.signedOut ? (
        <p className="mt-4 rounded-md bg-emerald-50 p-3 text-emerald-900" data-testid="signed-out">
          {params.signedOut === "everywhere" ? t("signedOutEverywhere") : t("signedOut")}
        </p>
      ) : null}
      {ssoMessage ? (
        <p className="mt-4 rounded-md bg-red-50 p-3 text-red-800" role="alert" data-testid="sso-error">
          {ssoMessage}
        </p>
      ) : null}
      <SsoButtons
        providers={ssoProviderNames(getEnv()).map((p) => ({ id: p.id, label: t("ssoContinue", { provider: p.name }) }))}
        callbackUrl={callbackUrl}
        text={{ opening: t("ssoOpening"), or: t("ssoOr") }}
      />
      <LoginForm
        callbackUrl={callbackUrl}
        text={{
          email: t("email"),
          password: t("password"),
          submit: t("submit"),
          pending: t("pending"),
          noScript: t("noScript"),
          unreachable: t("unreachable"),
          errors: {
            SIGN_IN_FAILED: messageFor("SIGN_IN_FAILED", {}, locale),
            SIGN_IN_RATE_LIMITED: messageFor("SIGN_IN_RATE_LIMITED", {}, locale),
            SIGN_IN_USE_SSO: messageFor("SIGN_IN_USE_SSO", {}, locale),
          },
        }}
      />
      <p className="mt-4 text-sm">
        <Link href="/forgot-password" className="text-brand-700 underline">
          {t("forgotten")}
        </Link>
      </p>
    </div>
  );
}
