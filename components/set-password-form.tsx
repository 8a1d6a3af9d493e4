"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { useFormAction } from "./use-form-action";

export type TSetPasswordState = {
  message: string | null;
  errors?: { password?: string[]; confirm?: string[] };
  signInEmail?: string;
};

/**
 * Choosing a password (from an invitation or a reset link). On success the person is signed in
 * with the password they just chose and lands in the course.
 */
export function SetPasswordForm({
  action,
  token,
  submitLabel,
  text,
}: {
  action: (s: TSetPasswordState, f: FormData) => Promise<TSetPasswordState>;
  token: string;
  submitLabel: string;
  /** The form's words, translated on the server (Password messages). */
  text: { newPassword: string; hint: string; confirm: string; pending: string };
}) {
  const { state, pending, form } = useFormAction(action, { message: null });
  const router = useRouter();
  // The password as submitted, to sign in with once the action accepts it.
  const typed = useRef("");

  useEffect(() => {
    if (!state.signInEmail) return;
    void signIn("credentials", { email: state.signInEmail, password: typed.current, redirect: false }).then((r) => {
      router.replace(r?.ok ? "/" : "/login");
      router.refresh();
    });
  }, [state.signInEmail, router]);

  return (
    <form
      action={form.action}
      onSubmit={(e) => {
        typed.current = (e.currentTarget.elements.namedItem("password") as HTMLInputElement).value;
        form.onSubmit(e);
      }}
      className="mt-5 space-y-4"
    >
      <input type="hidden" name="token" value={token} />
      <div>
        <label htmlFor="password" className="block font-medium">
          {text.newPassword}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
          aria-describedby="password-hint password-error"
          className="mt-1 w-full rounded-md border border-slate-400 px-3 py-2"
        />
        <p id="password-hint" className="mt-1 text-sm text-slate-600">
          {text.hint}
        </p>
        <p id="password-error" className="text-sm text-red-800">
          {state.errors?.password?.join(" ")}
        </p>
      </div>
      <div>
        <label htmlFor="confirm" className="block font-medium">
          {text.confirm}
        </label>
        <input
          id="confirm"
          name="confirm"
          type="password"
          autoComplete="new-password"
          required
          aria-describedby="confirm-error"
          className="mt-1 w-full rounded-md border border-slate-400 px-3 py-2"
        />
        <p id="confirm-error" className="text-sm text-red-800">
          {state.errors?.confirm?.join(" ")}
        </p>
      </div>
      <div aria-live="polite" data-testid="set-password-message">
        {state.message ? (
          <p
            className={`rounded-md p-3 ${state.signInEmail ? "bg-emerald-50 text-emerald-900" : "bg-red-50 text-red-800"}`}
          >
            {state.message}
          </p>
        ) : null}
      </div>
      <button
        type="submit"
        disabled={pending || !!state.signInEmail}
        className="w-full rounded-md bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? text.pending : submitLabel}
      </button>
    </form>
  );
}
