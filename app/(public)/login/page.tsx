import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getSignInState, SECOND_FACTOR_PATHS } from "@/lib/auth/current-user";
import { ssoButtons } from "@/lib/auth/sso/providers";
import { getEnv } from "@/lib/env";
import { isErrorCode, messageFor } from "@/lib/errors";
import { safeCallbackPath } from "@/lib/security/callback-url";
import { LoginForm } from "./login-form";
import { SsoButtons } from "./sso-buttons";

/**
 * Why a single sign-on came back without signing in: a refusal of ours (a code), or next-auth's own error name when
 * the exchange with the provider failed (an expired, replayed or forged answer), which is not worth a person's time.
 */
function ssoError(error: string | string[] | undefined): string | null {
  if (typeof error !== "string" || !error) return null;
  return messageFor(isErrorCode(error) && error.startsWith("SSO_") ? error : "SSO_FAILED");
}

export const metadata: Metadata = { title: "Sign in" };

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
  return (
    <div className="mx-auto max-w-md rounded-xl bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-bold">Sign in</h1>
      <p className="mt-1 text-slate-700">Safeguarding training for people who work with children.</p>
      {params.signedOut ? (
        <p className="mt-4 rounded-md bg-emerald-50 p-3 text-emerald-900" data-testid="signed-out">
          {params.signedOut === "everywhere" ? "You have signed out on every device." : "You have signed out."}
        </p>
      ) : null}
      {ssoError(params.error) ? (
        <p className="mt-4 rounded-md bg-red-50 p-3 text-red-800" role="alert" data-testid="sso-error">
          {ssoError(params.error)}
        </p>
      ) : null}
      <SsoButtons providers={ssoButtons(getEnv())} callbackUrl={callbackUrl} />
      <LoginForm callbackUrl={callbackUrl} />
      <p className="mt-4 text-sm">
        <Link href="/forgot-password" className="text-brand-700 underline">
          Forgotten your password?
        </Link>
      </p>
    </div>
  );
}
