"use client";

import Link from "next/link";
import { useFormAction } from "@/components/use-form-action";
import { confirmSetupAction, type TSetupFormState } from "./actions";
import { RecoveryCodes, type TRecoveryCodesText } from "@/components/recovery-codes";

export type TSetupFormText = {
  done: string;
  savedContinue: string;
  alreadyOn: string;
  manage: string;
  codeLabel: string;
  submit: string;
  pending: string;
  recoveryCodes: TRecoveryCodesText;
};

/**
 * Step 3: a code from the app turns it on; the answer is the recovery codes, shown this once. The words come from
 * the server (TwoStep and RecoveryCodes messages).
 */
export function SetupForm({
  continueTo,
  alreadyOn,
  text,
}: {
  continueTo: string;
  alreadyOn: boolean;
  text: TSetupFormText;
}) {
  const { state, pending, form } = useFormAction<TSetupFormState>(confirmSetupAction, { message: null });
  if (state.recoveryCodes)
    return (
      <div className="space-y-4" data-testid="setup-done">
        <p className="rounded-md bg-emerald-50 p-3 text-emerald-900" role="status">
          {text.done}
        </p>
        <RecoveryCodes codes={state.recoveryCodes} text={text.recoveryCodes} />
        <Link
          href={continueTo}
          className="inline-block rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
        >
          {text.savedContinue}
        </Link>
      </div>
    );
  if (alreadyOn)
    return (
      <p className="text-slate-800" data-testid="setup-already-on">
        {text.alreadyOn}{" "}
        <Link href="/account" className="text-brand-700 underline">
          {text.manage}
        </Link>
        .
      </p>
    );
  return (
    <form {...form} className="space-y-3" data-testid="setup-form">
      <label htmlFor="code" className="block font-medium">
        {text.codeLabel}
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
        {pending ? text.pending : text.submit}
      </button>
    </form>
  );
}
