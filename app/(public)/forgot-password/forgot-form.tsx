"use client";

import { useFormAction } from "@/components/use-form-action";
import { forgotPasswordAction, type TForgotState } from "./actions";

/** The form's words come from the server (ForgotPassword messages). */
export function ForgotForm({ text }: { text: { email: string; submit: string; pending: string } }) {
  const { state, pending, form } = useFormAction<TForgotState>(forgotPasswordAction, { message: null, sent: false });
  return (
    <form {...form} className="mt-5 space-y-4">
      <div>
        <label htmlFor="email" className="block font-medium">
          {text.email}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          className="mt-1 w-full rounded-md border border-slate-400 px-3 py-2"
        />
      </div>
      <div aria-live="polite" data-testid="forgot-message">
        {state.message ? (
          <p className={`rounded-md p-3 ${state.sent ? "bg-emerald-50 text-emerald-900" : "bg-red-50 text-red-800"}`}>
            {state.message}
          </p>
        ) : null}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-brand-700 px-4 py-2.5 font-semibold text-white disabled:opacity-60"
      >
        {pending ? text.pending : text.submit}
      </button>
    </form>
  );
}
