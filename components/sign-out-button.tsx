"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";

const ON_HEADER =
  "rounded-md border border-white/40 px-3 py-1.5 text-sm font-medium text-white hover:bg-white/10 disabled:opacity-60";

/** Signs out everywhere (see the signOut event in lib/auth/options.ts). Styled for the header unless told. */
export function SignOutButton({ className = ON_HEADER, label = "Sign out" }: { className?: string; label?: string }) {
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() => {
        setPending(true);
        void signOut({ callbackUrl: "/login?signedOut=1" });
      }}
      className={className}
    >
      {pending ? "Signing out…" : label}
    </button>
  );
}
