"use client";

import { RecoveryCodes } from "@/components/recovery-codes";
import { useFormAction } from "@/components/use-form-action";
import { renewRecoveryCodesAction, type TRecoveryCodesState } from "./actions";

/** Makes ten new recovery codes and shows them, this once, in place of the button. */
export function RecoveryCodesForm() {
  const { state, pending, form } = useFormAction<TRecoveryCodesState>(renewRecoveryCodesAction, {
    ok: false,
    message: null,
  });
  if (state.recoveryCodes) return <RecoveryCodes codes={state.recoveryCodes} />;
  return (
    <form {...form} className="mt-3" data-testid="renew-recovery-codes">
      <input type="hidden" name="confirm" value="yes" />
      <button
        type="submit"
        disabled={pending}
        className="rounded-md border border-brand-700 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-60"
      >
        {pending ? "Making codes…" : "Make new recovery codes"}
      </button>
      <div aria-live="polite">{state.message ? <p className="mt-2 text-red-800">{state.message}</p> : null}</div>
    </form>
  );
}
