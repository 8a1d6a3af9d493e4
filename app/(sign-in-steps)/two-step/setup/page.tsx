import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import QRCode from "qrcode";
import { SignOutButton } from "@/components/sign-out-button";
import { getSignInState, SECOND_FACTOR_PATHS } from "@/lib/auth/current-user";
import { pendingSecretFor } from "@/lib/auth/second-factor/setup";
import { groupedSecret, totpUri } from "@/lib/auth/second-factor/totp";
import { safeCallbackPath } from "@/lib/security/callback-url";
import { SetupForm } from "./setup-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("TwoStep"))("title") };
}

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
  const [t, codes, signOut] = await Promise.all([
    getTranslations("TwoStep"),
    getTranslations("RecoveryCodes"),
    getTranslations("SignOut"),
  ]);
  // The form stays in one place whether or not the steps above it are shown: confirming re-renders this page with
  // the authenticator on, and the form must keep the recovery codes it was just given.
  return (
    <div className="mx-auto max-w-2xl space-y-6 rounded-xl bg-white p-6 shadow-sm">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        {secret ? <p className="mt-2 text-slate-800">{required ? t("introRequired") : t("introOptional")}</p> : null}
      </div>
      {secret && qr ? (
        <ol className="space-y-6">
          <li>
            <h2 className="font-bold">{t("step1")}</h2>
            <p className="mt-1 text-slate-800">{t("step1Body")}</p>
          </li>
          <li>
            <h2 className="font-bold">{t("step2")}</h2>
            <p className="mt-1 text-slate-800">{t("step2Body")}</p>
            <div
              role="img"
              aria-label={t("qrLabel")}
              className="mt-3 w-[200px] border border-slate-200"
              data-testid="setup-qr"
              dangerouslySetInnerHTML={{ __html: qr }}
            />
            <p className="mt-3 text-slate-800">{t("cannotScan")}</p>
            <p className="mt-1 font-mono text-lg break-all" data-testid="setup-key">
              {groupedSecret(secret)}
            </p>
          </li>
          <li>
            <h2 className="font-bold">{t("step3")}</h2>
          </li>
        </ol>
      ) : null}
      <SetupForm
        continueTo={continueTo}
        alreadyOn={state.hasAuthenticator}
        text={{
          done: t("done"),
          savedContinue: t("savedContinue"),
          alreadyOn: t("alreadyOn"),
          manage: t("manage"),
          codeLabel: t("codeLabel"),
          submit: t("submit"),
          pending: t("pending"),
          recoveryCodes: {
            heading: codes("heading"),
            body: codes("body"),
            download: codes("download"),
            fileName: codes("fileName"),
            fileTitle: codes("fileTitle"),
            fileBody: codes("fileBody"),
          },
        }}
      />
      {required ? (
        <div className="border-t border-slate-200 pt-4">
          <SignOutButton
            label={t("later")}
            pendingLabel={signOut("pending")}
            className="text-sm font-medium text-brand-700 underline disabled:opacity-60"
          />
        </div>
      ) : (
        <p className="border-t border-slate-200 pt-4 text-sm">
          <Link href="/account" className="text-brand-700 underline">
            {t("backToAccount")}
          </Link>
        </p>
      )}
    </div>
  );
}
