"use client";

import { useFormAction } from "@/components/use-form-action";
import { revokeCertificateAction, type TRevokeFormState } from "./actions";
import { TypedConfirmation } from "@/components/ui/typed-confirmation";

const initial: TRevokeFormState = { ok: false, message: null };

/** Text in the page's language, drawn on the server. */
export type TRevokeFormText = {
  title: string;
  intro: string;
  reason: string;
  /** The label that asks for the word to type (REVOKE, DIRYMU). */
  confirm: string;
  submit: string;
  pending: string;
};

export function RevokeForm({ number, text }: { number: string; text: TRevokeFormText }) {
  const { state, pending, form } = useFormAction(revokeCertificateAction, initial);
  return (
    <form {...form} className="mt-4 space-y-3 rounded-lg border border-red-200 bg-red-50 p-4">
      <h3 className="font-semibold text-red-900">{text.title}</h3>
      <p className="text-sm text-red-900">{text.intro}</p>
      <input type="hidden" name="number" value={number} />
      <div>
        <label htmlFor="reason" className="block font-medium">
          {text.reason}
        </label>
        <textarea
          id="reason"
          name="reason"
          required
          minLength={5}
          maxLength={500}
          rows={3}
          aria-describedby="reason-error"
          className="mt-1 w-full rounded-md border border-slate-400 bg-white px-3 py-2"
        />
        <p id="reason-error" className="text-sm text-red-800">
          {state.errors?.reason?.join(" ")}
        </p>
      </div>
      <TypedConfirmation id="revoke-confirm" label={text.confirm} error={state.errors?.confirm?.join(" ")} />
      <div aria-live="polite" data-testid="revoke-message">
        {state.message ? (
          <p className={state.ok ? "font-medium text-emerald-900" : "font-medium text-red-800"}>{state.message}</p>
        ) : null}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:opacity-60"
      >
        {pending ? text.pending : text.submit}
      </button>
    </form>
  );
}
