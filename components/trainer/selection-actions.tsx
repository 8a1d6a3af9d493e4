"use client";

import { startTransition, useActionState, useEffect, useId, useRef, useState, type MouseEvent } from "react";
import type { TActionState } from "@/lib/actions/result";
import { fill } from "./fill";

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
  submitHint = "",
  submitLabel,
  action,
  actionLabel,
  actionPendingLabel,
  submitOnly,
  selectedCount,
}: {
  name: string;
  hint: string;
  /** Said when people are ticked but none of them counts for the submit (see submitOnly). */
  submitHint?: string;
  submitLabel: string;
  action: TAction;
  actionLabel: string;
  actionPendingLabel: string;
  /**
   * A data attribute a ticked box must carry to count for the form's own submit (e.g. "data-certificate": only people
   * with a certificate can have it downloaded), so the download waits for someone it can act on.
   */
  submitOnly?: string;
  /** "({count} selected)", after a button's label while people are ticked. */
  selectedCount: string;
}) {
  const anchor = useRef<HTMLSpanElement>(null);
  const hintId = useId();
  const [state, dispatch, pending] = useActionState(action, { ok: false, message: null });
  // Null until the script has run (then the buttons work as plain submits); the browser may have restored ticks.
  const [selected, setSelected] = useState<{ all: number; submit: number } | null>(null);
  useEffect(() => {
    const form = anchor.current?.closest("form");
    if (!form) return;
    const ticked = `input[type="checkbox"][name="${name}"]:checked`;
    const count = () =>
      setSelected({
        all: form.querySelectorAll(ticked).length,
        submit: form.querySelectorAll(submitOnly ? `${ticked}[${submitOnly}]` : ticked).length,
      });
    count();
    form.addEventListener("change", count);
    return () => form.removeEventListener("change", count);
  }, [name, submitOnly]);
  // Sent in a transition rather than as a form action, so React does not reset the form: the ticks stay as they were.
  function runAction(event: MouseEvent<HTMLButtonElement>) {
    const form = event.currentTarget.form;
    if (!form) return;
    event.preventDefault();
    const data = new FormData(form);
    startTransition(() => dispatch(data));
  }
  const none = selected?.all === 0;
  const noneForSubmit = selected?.submit === 0;
  const count = selected?.all ? ` ${fill(selectedCount, { count: selected.all })}` : "";
  const submitCount = selected?.submit ? ` ${fill(selectedCount, { count: selected.submit })}` : "";
  const buttonClass =
    "rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium disabled:cursor-not-allowed disabled:border-slate-300 disabled:text-slate-500";
  return (
    <span ref={anchor} className="flex flex-col items-end gap-2">
      <span className="flex flex-wrap items-center justify-end gap-2">
        {none || noneForSubmit ? (
          <span id={hintId} className="text-sm text-slate-600">
            {none ? hint : submitHint}
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
        <button
          type="submit"
          disabled={noneForSubmit}
          aria-describedby={noneForSubmit ? hintId : undefined}
          className={buttonClass}
        >
          {submitLabel + submitCount}
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
