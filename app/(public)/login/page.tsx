import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getSignInState, SECOND_FACTOR_PATHS } from "@/lib/auth/current-user";
import { safeCallbackPath } from "@/lib/security/callback-url";
import { LoginForm } from "./login-form";

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
      <LoginForm callbackUrl={callbackUrl} />
      <p className="mt-4 text-sm">
        <Link href="/forgot-password" className="text-brand-700 underline">
          Forgotten your password?
        </Link>
      </p>
    </div>
  );
}
