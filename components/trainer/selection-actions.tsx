"use client";

import { startTransition, useActionState, useEffect, useId, useRef, useState, type MouseEvent } from "react";
import type { TActionState } from "@/lib/actions/result";

type TAction = (state: TActionState, formData: FormData) => Promise<TActionState>;

/**
 * The buttons that act on the people ticked in a form: its own submit (e.g. download their certificates), and a
 * server action on the same selection (e.g. remind them), whose answer shows in a live region. Both wait for a
 * selection: disabled, with one hint saying what to do, until at least one of the form's checkboxes called `name`
 * is ticked. Without script both stay enabled (the action posts as the button's formAction) and the server says the
 * same.
 */
export function SelectionActions({
  name,
  hint,
  submitLabel,
  action,
  actionLabel,
  actionPendingLabel,
}: {
  name: string;
  hint: string;
  submitLabel: string;
  action: TAction;
  actionLabel: string;
  actionPendingLabel: string;
}) {
  const anchor = useRef<HTMLSpanElement>(null);
  const hintId = useId();
  const [state, dispatch, pending] = useActionState(action, { ok: false, message: null });
  // Null until the script has run (then the buttons work as plain submits); the browser may have restored ticks.
  const [selected, setSelected] = useState<number | null>(null);
  useEffect(() => {
    const form = anchor.current?.closest("form");
    if (!form) return;
    const count = () => setSelected(form.querySelectorAll(`input[type="checkbox"][name="${name}"]:checked`).length);
    count();
    form.addEventListener("change", count);
    return () => form.removeEventListener("change", count);
  }, [name]);
  // Sent in a transition rather than as a form action, so React does not reset the form: the ticks stay as they were.
  function runAction(event: MouseEvent<HTMLButtonElement>) {
    const form = event.currentTarget.form;
    if (!form) return;
    event.preventDefault();
    const data = new FormData(form);
    startTransition(() => dispatch(data));
  }
  const none = selected === 0;
  const count = selected ? ` (${selected} selected)` : "";
  const buttonClass =
    "rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium disabled:cursor-not-allowed disabled:border-slate-300 disabled:text-slate-500";
  return (
    <span ref={anchor} className="flex flex-col items-end gap-2">
      <span className="flex flex-wrap items-center justify-end gap-2">
        {none ? (
          <span id={hintId} className="text-sm text-slate-600">
            {hint}
          </span>
        ) : null}
        <button
          type="submit"
          formAction={dispatch}
          onClick={runAction}
          disabled={none || pending}
          aria-describedby={none ? hintId : undefined}
          className={buttonClass}
        >
          {pending ? actionPendingLabel : `${actionLabel}${count}`}
        </button>
        <button type="submit" disabled={none} aria-describedby={none ? hintId : undefined} className={buttonClass}>
          {`${submitLabel}${count}`}
        </button>
      </span>
      <span aria-live="polite" className="block">
        {state.message ? (
          <span
            className={`block rounded-md p-2 text-sm ${state.ok ? "bg-emerald-50 text-emerald-900" : "bg-red-50 text-red-800"}`}
            data-testid="selection-action-message"
          >
            {state.message}
          </span>
        ) : null}
      </span>
    </span>
  );
}
