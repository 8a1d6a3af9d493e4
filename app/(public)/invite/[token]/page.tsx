import type { Metadata } from "next";
import Link from "next/link";
import { SetPasswordForm } from "@/components/set-password-form";
import { checkInvitation } from "@/lib/people/invitations";
import { acceptInvitationAction } from "./actions";

export const metadata: Metadata = { title: "Accept your invitation", robots: { index: false } };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await checkInvitation(token);
  return (
    <div className="mx-auto max-w-md rounded-xl bg-white p-6 shadow-sm">
      {invitation.state === "valid" && invitation.ssoOnly ? (
        <>
          <h1 className="text-2xl font-bold">Welcome, {invitation.name}</h1>
          <p className="mt-2 text-slate-700" data-testid="invitation-sso">
            {invitation.organisationName} has invited you to its safeguarding training. It signs you in with your
            organisation&apos;s own account: on the sign-in page, choose the button for it and sign in as{" "}
            <strong>{invitation.email}</strong>. No password is needed here.
          </p>
          <Link href="/login" className="mt-4 inline-block font-medium text-brand-700 underline">
            Go to sign in
          </Link>
        </>
      ) : invitation.state === "valid" ? (
        <>
          <h1 className="text-2xl font-bold">Welcome, {invitation.name}</h1>
          <p className="mt-2 text-slate-700">
            {invitation.organisationName} has invited you to its safeguarding training. Choose a password for{" "}
            <strong>{invitation.email}</strong> to start.
          </p>
          <SetPasswordForm action={acceptInvitationAction} token={token} submitLabel="Create my account" />
        </>
      ) : (
        <>
          <h1 className="text-2xl font-bold">This invitation cannot be used</h1>
          <p className="mt-2 text-slate-700" data-testid="invitation-unusable">
            {invitation.state === "used"
              ? "It has already been used to create an account. Sign in with your email and password."
              : invitation.state === "expired"
                ? "It has expired. Ask your trainer or administrator to send a new one."
                : invitation.state === "revoked"
                  ? "It has been cancelled. Ask your trainer or administrator if you need a new one."
                  : "The link is not valid. Check that you copied all of it, or ask for a new invitation."}
          </p>
          <Link href="/login" className="mt-4 inline-block font-medium text-brand-700 underline">
            Go to sign in
          </Link>
        </>
      )}
    </div>
  );
}
