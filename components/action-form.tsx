"use client";

import { useEffect, useRef } from "react";

import type { TActionState } from "@/lib/actions/result";
import { useFormAction } from "./use-form-action";

/**
 * A form bound to a server action that answers { ok, message }: shows the answer in a live region,
 * and disables its button while the action runs (so a double click does not submit twice). It keeps what
 * the person entered after the answer comes back; `clearOnSuccess` empties it after a success instead,
 * for forms that add something (the next one starts blank).
 */
export function ActionForm({
  action,
  children,
  submitLabel,
  pendingLabel,
  className = "",
  danger = false,
  testId,
  clearOnSuccess = false,
}: {
  action: (state: TActionState, formData: FormData) => Promise<TActionState>;
  children?: React.ReactNode;
  submitLabel: string;
  /** "Saving…" in the page's language: every form says it, so the page passes it translated. */
  pendingLabel: string;
  className?: string;
  danger?: boolean;
  testId?: string;
  clearOnSuccess?: boolean;
}) {
  const { state, pending, form } = useFormAction(action, { ok: false, message: null });
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (clearOnSuccess && state.ok) formRef.current?.reset();
  }, [state, clearOnSuccess]);
  return (
    <form ref={formRef} {...form} className={`space-y-3 ${className}`} data-testid={testId}>
      {children}
      {state.fieldErrors
        ? Object.entries(state.fieldErrors).map(([field, errors]) =>
            errors?.length ? (
              <p key={field} className="text-sm text-red-800">
                {errors.join(" ")}
              </p>
            ) : null,
          )
        : null}
      <div aria-live="polite">
        {state.message ? (
          <p
            className={`rounded-md p-2 text-sm ${state.ok ? "bg-emerald-50 text-emerald-900" : "bg-red-50 text-red-800"}`}
          >
            {state.message}
          </p>
        ) : null}
      </div>
      <button
        type="submit"
        disabled={pending}
        className={`rounded-md px-4 py-2 font-semibold text-white disabled:opacity-60 ${danger ? "bg-red-700 hover:bg-red-800" : "bg-brand-700 hover:bg-brand-800"}`}
      >
        {pending ? pendingLabel : submitLabel}
      </button>
    </form>
  );
}
