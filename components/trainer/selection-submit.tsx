"use client";

import { useEffect, useId, useRef, useState } from "react";

/**
 * A form's submit button that waits for a selection: disabled, with a hint saying what to do, until at least one of
 * the form's checkboxes called `name` is ticked. Without script it stays enabled and the server says the same.
 */
export function SelectionSubmit({ name, children, hint }: { name: string; children: string; hint: string }) {
  const button = useRef<HTMLButtonElement>(null);
  const hintId = useId();
  // Null until the script has run (then the button works as a plain submit); the browser may have restored ticks.
  const [selected, setSelected] = useState<number | null>(null);
  useEffect(() => {
    const form = button.current?.form;
    if (!form) return;
    const count = () => setSelected(form.querySelectorAll(`input[type="checkbox"][name="${name}"]:checked`).length);
    count();
    form.addEventListener("change", count);
    return () => form.removeEventListener("change", count);
  }, [name]);
  const none = selected === 0;
  return (
    <span className="flex flex-wrap items-center gap-2">
      {none ? (
        <span id={hintId} className="text-sm text-slate-600">
          {hint}
        </span>
      ) : null}
      <button
        ref={button}
        type="submit"
        disabled={none}
        aria-describedby={none ? hintId : undefined}
        className="rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium disabled:cursor-not-allowed disabled:border-slate-300 disabled:text-slate-500"
      >
        {selected ? `${children} (${selected} selected)` : children}
      </button>
    </span>
  );
}
