"use client";

import { signOutAction } from "@/app/(sign-in-steps)/sign-out/actions";
import type { TActionState } from "@/lib/actions/result";
import { useFormAction } from "./use-form-action";

const ON_HEADER =
  "rounded-md border border-white/40 px-3 py-1.5 text-sm font-medium text-white hover:bg-white/10 disabled:opacity-60";
const initial: TActionState = { ok: false, message: null };

/**
 * Signs out everywhere (see signOutAction). A form posting a server action, as every form here does: it works
 * without JavaScript, and keeps next-auth's browser code off every signed-in page. Styled for the header unless told.
 */
export function SignOutButton({
  className = ON_HEADER,
  label,
  pendingLabel,
}: {
  className?: string;
  /** Text comes from the server component that places the button (no message catalogue is sent to the browser). */
  label: string;
  pendingLabel: string;
}) {
  const { pending, form } = useFormAction(signOutAction, initial);
  return (
    <form {...form} className="contents">
      {/* proxy.ts accepts only multipart action posts, and an empty form is not sent as one. */}
      <input type="hidden" name="intent" value="sign-out" />
      <button type="submit" disabled={pending} className={className}>
        {pending ? pendingLabel : label}
      </button>
    </form>
  );
}
