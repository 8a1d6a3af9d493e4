import type { Metadata } from "next";
import Link from "next/link";
import { SetPasswordForm } from "@/components/set-password-form";
import { isResetTokenUsable } from "@/lib/people/password-reset";
import { resetPasswordAction } from "./actions";

export const metadata: Metadata = { title: "Choose a new password", robots: { index: false } };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const usable = await isResetTokenUsable(token);
  return (
    <div className="mx-auto max-w-md rounded-xl bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-bold">Choose a new password</h1>
      {usable ? (
        <SetPasswordForm action={resetPasswordAction} token={token} submitLabel="Save my new password" />
      ) : (
        <>
          <p className="mt-2 text-slate-700" data-testid="reset-unusable">
            This link has expired or has already been used.
          </p>
          <Link href="/forgot-password" className="mt-4 inline-block font-medium text-brand-700 underline">
            Ask for a new link
          </Link>
        </>
      )}
    </div>
  );
}
