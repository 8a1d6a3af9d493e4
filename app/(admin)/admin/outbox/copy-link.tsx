"use client";

import { useId, useRef, useState } from "react";

type TState = "idle" | "copied" | "select";

/**
 * A live single-use link with a "Copy link" button. The Clipboard API needs a secure page (https or localhost)
 * and permission; where it is missing or refused, the link is selected instead for the person to copy, and
 * they are told how. The link is always shown too, so it can be read out or copied by hand.
 */
export function CopyLink({
  link,
  text,
}: {
  link: string;
  /** In the page's language: the field's label (naming the recipient), the button, and what is said after. */
  text: { label: string; copy: string; copied: string; select: string };
}) {
  const [state, setState] = useState<TState>("idle");
  const field = useRef<HTMLInputElement>(null);
  const id = useId();

  function selectLink() {
    field.current?.focus();
    field.current?.select();
    setState("select");
  }

  async function copy() {
    if (!navigator.clipboard?.writeText) return selectLink();
    try {
      await navigator.clipboard.writeText(link);
      setState("copied");
    } catch {
      selectLink();
    }
  }

  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {text.label}
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <input
          ref={field}
          id={id}
          readOnly
          value={link}
          onFocus={(e) => e.currentTarget.select()}
          className="min-w-0 grow rounded-md border border-slate-400 bg-slate-50 px-2 py-1.5 font-mono text-sm"
        />
        <button
          type="button"
          onClick={copy}
          className="rounded-md border border-brand-700 px-3 py-1.5 text-sm font-semibold text-brand-700 hover:bg-brand-50"
        >
          {text.copy}
        </button>
      </div>
      <p aria-live="polite" className="min-h-5 text-sm" data-testid="copy-link-status">
        {state === "copied" ? <span className="font-semibold text-emerald-800">{text.copied}</span> : null}
        {state === "select" ? <span className="text-slate-800">{text.select}</span> : null}
      </p>
    </div>
  );
}
