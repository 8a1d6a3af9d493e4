import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import QRCode from "qrcode";
import { SignOutButton } from "@/components/sign-out-button";
import { getSignInState, SECOND_FACTOR_PATHS } from "@/lib/auth/current-user";
import { pendingSecretFor } from "@/lib/auth/second-factor/setup";
import { groupedSecret, totpUri } from "@/lib/auth/second-factor/totp";
import { safeCallbackPath } from "@/lib/security/callback-url";
import { SetupForm } from "./setup-form";

export const metadata: Metadata = { title: "Set up two-step verification" };

export default async function TwoStepSetupPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const state = await getSignInState();
  if (!state) redirect("/login?callbackUrl=/two-step/setup");
  const required = state.stage === "setup-needed";
  // Where they were going, or their account page (which then shows two-step verification as on).
  const continueTo = safeCallbackPath((await searchParams).callbackUrl, "/account");
  if (state.stage === "code-needed")
    redirect(`${SECOND_FACTOR_PATHS["code-needed"]}?callbackUrl=${encodeURIComponent(continueTo)}`);
  const secret = state.hasAuthenticator ? null : await pendingSecretFor(state.actor.id);
  // Drawn on the server from the otpauth URI; the SVG is qrcode's own output, with nothing from the request in it
  // but the person's email, which the URI encodes.
  const qr = secret
    ? await QRCode.toString(totpUri(secret, state.actor.email), { type: "svg", margin: 1, width: 200 })
    : null;
  // The form stays in one place whether or not the steps above it are shown: confirming re-renders this page with
  // the authenticator on, and the form must keep the recovery codes it was just given.
  return (
    <div className="mx-auto max-w-2xl space-y-6 rounded-xl bg-white p-6 shadow-sm">
      <div>
        <h1 className="text-2xl font-bold">Set up two-step verification</h1>
        {secret ? (
          <p className="mt-2 text-slate-800">
            {required
              ? "You can see the training records of other people, so your account needs more than a password: a code from an app on your phone each time you sign in. It takes about two minutes."
              : "Add a code from an app on your phone to your password, so that someone who learns your password still cannot sign in as you."}
          </p>
        ) : null}
      </div>
      {secret && qr ? (
        <ol className="space-y-6">
          <li>
            <h2 className="font-bold">1. Get an authenticator app</h2>
            <p className="mt-1 text-slate-800">
              Any authenticator app works: for example Microsoft Authenticator, Google Authenticator, or the one in your
              password manager. Your organisation may already have told you which to use.
            </p>
          </li>
          <li>
            <h2 className="font-bold">2. Add this account to the app</h2>
            <p className="mt-1 text-slate-800">In the app, choose to add an account, then scan this QR code.</p>
            <div
              role="img"
              aria-label="QR code for adding this account to an authenticator app"
              className="mt-3 w-[200px] border border-slate-200"
              data-testid="setup-qr"
              dangerouslySetInnerHTML={{ __html: qr }}
            />
            <p className="mt-3 text-slate-800">Cannot scan it? Enter this key in the app instead (time-based):</p>
            <p className="mt-1 font-mono text-lg break-all" data-testid="setup-key">
              {groupedSecret(secret)}
            </p>
          </li>
          <li>
            <h2 className="font-bold">3. Enter the code the app shows</h2>
          </li>
        </ol>
      ) : null}
      <SetupForm continueTo={continueTo} alreadyOn={state.hasAuthenticator} />
      {required ? (
        <div className="border-t border-slate-200 pt-4">
          <SignOutButton
            label="Do this later: sign out"
            className="text-sm font-medium text-brand-700 underline disabled:opacity-60"
          />
        </div>
      ) : (
        <p className="border-t border-slate-200 pt-4 text-sm">
          <Link href="/account" className="text-brand-700 underline">
            Back to your account
          </Link>
        </p>
      )}
    </div>
  );
}
