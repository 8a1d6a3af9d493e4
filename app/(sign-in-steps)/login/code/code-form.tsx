"use client";

import { useFormAction } from "@/components/use-form-action";
import { checkSignInCodeAction, type TCodeFormState } from "./actions";

const INPUT = "mt-1 w-full rounded-md border border-slate-400 px-3 py-2 text-lg tracking-widest";
const BUTTON =
  "w-full rounded-md bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60";

/**
 * The code from the authenticator app (a number pad on a phone), and behind "Use a recovery code" the same form
 * for a recovery code. Both post to one action, which tells them apart.
 */
export type TCodeFormText = {
  codeLabel: string;
  pending: string;
  submit: string;
  useRecoveryCode: string;
  recoveryIntro: React.ReactNode;
  recoveryLabel: string;
  submitRecovery: string;
};

/** The words come from the server (SignInCode messages). */
export function CodeForm({ callbackUrl, text }: { callbackUrl: string; text: TCodeFormText }) {
  const { state, pending, form } = useFormAction<TCodeFormState>(checkSignInCodeAction, { message: null });
  return (
    <div className="mt-6 space-y-4">
      <form {...form} className="space-y-4" data-testid="code-form">
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <div>
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
            autoFocus
            aria-describedby="code-error"
            className={INPUT}
          />
        </div>
        <div aria-live="polite" id="code-error" data-testid="code-error">
          {state.message ? <p className="rounded-md bg-red-50 p-3 text-red-800">{state.message}</p> : null}
        </div>
        <button type="submit" disabled={pending} className={BUTTON}>
          {pending ? text.pending : text.submit}
        </button>
      </form>
      <details className="rounded-md border border-slate-200 p-3">
        <summary className="cursor-pointer font-medium text-brand-700">{text.useRecoveryCode}</summary>
        <form {...form} className="mt-3 space-y-3">
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <p className="text-sm text-slate-700">{text.recoveryIntro}</p>
          <label htmlFor="recovery-code" className="block font-medium">
            {text.recoveryLabel}
          </label>
          <input
            id="recovery-code"
            name="code"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            maxLength={20}
            required
            className={INPUT}
          />
          <button type="submit" disabled={pending} className={BUTTON}>
            {pending ? text.pending : text.submitRecovery}
          </button>
        </form>
      </details>
    </div>
  );
}
