"use client";

import Link from "next/link";
import { useFormAction } from "@/components/use-form-action";
import { confirmSetupAction, type TSetupFormState } from "./actions";
import { RecoveryCodes } from "@/components/recovery-codes";

/** Step 3: a code from the app turns it on; the answer is the recovery codes, shown this once. */
export function SetupForm({ continueTo, alreadyOn }: { continueTo: string; alreadyOn: boolean }) {
  const { state, pending, form } = useFormAction<TSetupFormState>(confirmSetupAction, { message: null });
  if (state.recoveryCodes)
    return (
      <div className="space-y-4" data-testid="setup-done">
        <p className="rounded-md bg-emerald-50 p-3 text-emerald-900" role="status">
          Two-step verification is on. From now on you will be asked for a code from the app when you sign in.
        </p>
        <RecoveryCodes codes={state.recoveryCodes} />
        <Link
          href={continueTo}
          className="inline-block rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
        >
          I have saved my recovery codes: continue
        </Link>
      </div>
    );
  if (alreadyOn)
    return (
      <p className="text-slate-800" data-testid="setup-already-on">
        Two-step verification is already on for your account.{" "}
        <Link href="/account" className="text-brand-700 underline">
          Manage it from your account
        </Link>
        .
      </p>
    );
  return (
    <form {...form} className="space-y-3" data-testid="setup-form">
      <label htmlFor="code" className="block font-medium">
        6-digit code from the app
      </label>
      <input
        id="code"
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9 ]*"
        maxLength={8}
        required
        aria-describedby="setup-error"
        className="w-full max-w-xs rounded-md border border-slate-400 px-3 py-2 text-lg tracking-widest"
      />
      <div aria-live="polite" id="setup-error" data-testid="setup-error">
        {state.message ? <p className="rounded-md bg-red-50 p-3 text-red-800">{state.message}</p> : null}
        {state.errors?.code?.map((e) => (
          <p key={e} className="text-sm text-red-800">
            {e}
          </p>
        ))}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? "Checking…" : "Turn on two-step verification"}
      </button>
    </form>
  );
}
