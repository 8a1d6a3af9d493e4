import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignOutButton } from "@/components/sign-out-button";
import { getSignInState, SECOND_FACTOR_PATHS } from "@/lib/auth/current-user";
import { safeCallbackPath } from "@/lib/security/callback-url";
import { CodeForm } from "./code-form";

export const metadata: Metadata = { title: "Enter your code" };

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
  return (
    <div className="mx-auto max-w-md rounded-xl bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-bold">Enter your code</h1>
      <p className="mt-2 text-slate-800">
        Open the authenticator app on your phone and enter the 6-digit code it shows for <b>Safeguarding training</b> (
        {state.actor.email}).
      </p>
      <CodeForm callbackUrl={callbackUrl} />
      <p className="mt-4 text-sm text-slate-700">
        No phone and no recovery codes? Ask an administrator to reset two-step verification for your account.
      </p>
      <div className="mt-4 border-t border-slate-200 pt-4">
        <SignOutButton
          label="Not you? Sign out"
          className="text-sm font-medium text-brand-700 underline disabled:opacity-60"
        />
      </div>
    </div>
  );
}
