"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";

/** One button per single sign-on provider the server has switched on; each goes to the provider and back. */
export function SsoButtons({
  providers,
  callbackUrl,
  text,
}: {
  providers: { id: string; label: string }[];
  callbackUrl: string;
  /** Translated on the server. */
  text: { opening: string; or: string };
}) {
  const [pending, setPending] = useState<string | null>(null);
  if (!providers.length) return null;
  return (
    <div className="mt-6 space-y-3" data-testid="sso-buttons">
      {providers.map((p) => (
        <button
          key={p.id}
          type="button"
          disabled={pending !== null}
          onClick={() => {
            setPending(p.id);
            void signIn(p.id, { callbackUrl: `/login?callbackUrl=${encodeURIComponent(callbackUrl)}` });
          }}
          className="w-full rounded-md border border-slate-400 bg-white px-4 py-2.5 font-semibold text-slate-900 hover:bg-slate-50 disabled:opacity-60"
        >
          {pending === p.id ? text.opening : p.label}
        </button>
      ))}
      <p className="flex items-center gap-3 text-sm text-slate-600" aria-hidden="true">
        <span className="h-px flex-1 bg-slate-300" />
        {text.or}
        <span className="h-px flex-1 bg-slate-300" />
      </p>
    </div>
  );
}
