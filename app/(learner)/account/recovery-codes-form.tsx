"use client";

import { RecoveryCodes, type TRecoveryCodesText } from "@/components/recovery-codes";
import { useFormAction } from "@/components/use-form-action";
import { renewRecoveryCodesAction, type TRecoveryCodesState } from "./actions";

/** Makes ten new recovery codes and shows them, this once, in place of the button. Words from the server. */
export function RecoveryCodesForm({
  text,
}: {
  text: { submit: string; pending: string; recoveryCodes: TRecoveryCodesText };
}) {
  const { state, pending, form } = useFormAction<TRecoveryCodesState>(renewRecoveryCodesAction, {
    ok: false,
    message: null,
  });
  if (state.recoveryCodes) return <RecoveryCodes codes={state.recoveryCodes} text={text.recoveryCodes} />;
  return (
    <form {...form} className="mt-3" data-testid="renew-recovery-codes">
      <input type="hidden" name="confirm" value="yes" />
      <button
        type="submit"
        disabled={pending}
        className="rounded-md border border-brand-700 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-60"
      >
        {pending ? text.pending : text.submit}
      </button>
      <div aria-live="polite">{state.message ? <p className="mt-2 text-red-800">{state.message}</p> : null}</div>
    </form>
  );
}
