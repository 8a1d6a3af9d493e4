import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SetPasswordForm } from "@/components/set-password-form";
import { checkInvitation } from "@/lib/people/invitations";
import { acceptInvitationAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Invite"))("title"), robots: { index: false } };
}

const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [invitation, t, password] = await Promise.all([
    checkInvitation(token),
    getTranslations("Invite"),
    getTranslations("Password"),
  ]);
  return (
    <div className="mx-auto max-w-md rounded-xl bg-white p-6 shadow-sm">
      {invitation.state === "valid" && invitation.ssoOnly ? (
        <>
          <h1 className="text-2xl font-bold">{t("welcome", { name: invitation.name })}</h1>
          <p className="mt-2 text-slate-700" data-testid="invitation-sso">
            {t.rich("ssoBody", { organisation: invitation.organisationName, email: invitation.email, strong })}
          </p>
          <Link href="/login" className="mt-4 inline-block font-medium text-brand-700 underline">
            {t("goToSignIn")}
          </Link>
        </>
      ) : invitation.state === "valid" ? (
        <>
          <h1 className="text-2xl font-bold">{t("welcome", { name: invitation.name })}</h1>
          <p className="mt-2 text-slate-700">
            {t.rich("body", { organisation: invitation.organisationName, email: invitation.email, strong })}
          </p>
          <SetPasswordForm
            action={acceptInvitationAction}
            token={token}
            submitLabel={t("submit")}
            text={{
              newPassword: password("newPassword"),
              hint: password("hint"),
              confirm: password("confirm"),
              pending: password("pending"),
            }}
          />
        </>
      ) : (
        <>
          <h1 className="text-2xl font-bold">{t("unusableHeading")}</h1>
          <p className="mt-2 text-slate-700" data-testid="invitation-unusable">
            {invitation.state === "used"
              ? t("used")
              : invitation.state === "expired"
                ? t("expired")
                : invitation.state === "revoked"
                  ? t("revoked")
                  : t("invalid")}
          </p>
          <Link href="/login" className="mt-4 inline-block font-medium text-brand-700 underline">
            {t("goToSignIn")}
          </Link>
        </>
      )}
    </div>
  );
}
