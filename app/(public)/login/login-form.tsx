"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";

/** The form's words, translated on the server: its labels, and each refusal sign-in can answer with. */
export type TLoginFormText = {
  email: string;
  password: string;
  submit: string;
  pending: string;
  noScript: string;
  unreachable: string;
  errors: Record<"SIGN_IN_FAILED" | "SIGN_IN_RATE_LIMITED" | "SIGN_IN_USE_SSO", string>;
};

export function LoginForm({ callbackUrl, text }: { callbackUrl: string; text: TLoginFormText }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        redirect: false,
      });
      if (result?.ok && !result.error) {
        // Back through the sign-in page, which sends the session on: to where it was going, or first to the code
        // or setup step when the person has (or needs) two-step verification.
        router.replace(`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
        router.refresh();
        return;
      }
      const code = result?.error;
      setError(text.errors[code === "SIGN_IN_RATE_LIMITED" || code === "SIGN_IN_USE_SSO" ? code : "SIGN_IN_FAILED"]);
    } catch {
      setError(text.unreachable);
    }
    setPending(false);
  }

  return (
    // method="post": a form sent before this script has loaded must never put the password in the address.
    <form onSubmit={onSubmit} method="post" className="mt-6 space-y-4" noValidate={false}>
      <noscript>
        <p className="rounded-md bg-amber-50 p-3 text-amber-900">{text.noScript}</p>
      </noscript>
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
      <div>
        <label htmlFor="password" className="block font-medium">
          {text.password}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="mt-1 w-full rounded-md border border-slate-400 px-3 py-2"
        />
      </div>
      <div aria-live="polite" data-testid="login-error">
        {error ? <p className="rounded-md bg-red-50 p-3 text-red-800">{error}</p> : null}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? text.pending : text.submit}
      </button>
    </form>
  );
}
