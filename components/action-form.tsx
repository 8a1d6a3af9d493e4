"use client";

import { useActionState } from "react";

import type { TActionState } from "@/lib/actions/result";

/**
 * A form bound to a server action that answers { ok, message }: shows the answer in a live region,
 * and disables its button while the action runs (so a double click does not submit twice).
 */
export function ActionForm({
  action, children, submitLabel, pendingLabel = "Saving…", className = "", danger = false, testId,
}: {
  action: (state: TActionState, formData: FormData) => Promise<TActionState>;
  children?: React.ReactNode;
  submitLabel: string;
  pendingLabel?: string;
  className?: string;
  danger?: boolean;
  testId?: string;
}) {
  const [state, formAction, pending] = useActionState(action, { ok: false, message: null });
  return (
    <form action={formAction} className={`space-y-3 ${className}`} data-testid={testId}>
      {children}
      {state.fieldErrors
        ? Object.entries(state.fieldErrors).map(([field, errors]) =>
            errors?.length ? <p key={field} className="text-sm text-red-800">{errors.join(" ")}</p> : null,
          )
        : null}
      <div aria-live="polite">
        {state.message ? <p className={`rounded-md p-2 text-sm ${state.ok ? "bg-emerald-50 text-emerald-900" : "bg-red-50 text-red-800"}`}>{state.message}</p> : null}
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
