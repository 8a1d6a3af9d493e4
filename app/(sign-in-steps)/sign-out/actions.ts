"use server";

import { redirect } from "next/navigation";
import type { TActionState } from "@/lib/actions/result";
import { getSignInState } from "@/lib/auth/current-user";
import { endSessionsOnSignOut } from "@/lib/auth/end-sessions";
import { deleteSessionCookies } from "@/lib/auth/session-cookie";
import { messageFor } from "@/lib/errors";
import { currentLocale } from "@/lib/i18n/current-locale";

/**
 * Signs this browser out, and a full session's person out everywhere (as next-auth's signOut event does for its own
 * sign-out route). A server action rather than next-auth's client, so the header button works without JavaScript and
 * no page loads next-auth's browser code for it. The session cookie says who; the form only says what it is for
 * (an action that read neither argument would be posted without its form, which proxy.ts refuses).
 */
export async function signOutAction(_previous: TActionState, form: FormData): Promise<TActionState> {
  if (form.get("intent") !== "sign-out")
    return { ok: false, message: messageFor("FORM_OUT_OF_DATE", {}, await currentLocale()) };
  const state = await getSignInState();
  // Only a full session may end the others: a password alone, still waiting for its code, must not let whoever has
  // it sign the person out of every device.
  if (state?.stage === "full") await endSessionsOnSignOut(state.claims.id, state.claims.sessionVersion);
  await deleteSessionCookies();
  redirect("/login?signedOut=1");
}
