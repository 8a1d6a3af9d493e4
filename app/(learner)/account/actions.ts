"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import type { TActionState } from "@/lib/actions/result";
import { getCurrentUser } from "@/lib/auth/current-user";
import { endOwnSessions } from "@/lib/auth/end-sessions";

/**
 * Ends every session the signed-in person has, on every device, then signs this browser out too. The form
 * names what it ends (an empty form would not be sent as multipart, which proxy.ts requires of actions).
 */
export async function signOutEverywhereAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "You are already signed out. Sign in again to continue." };
  if (formData.get("scope") !== "all-devices")
    return { ok: false, message: "Nothing was changed. Reload the page and try again." };
  await endOwnSessions(user);
  // The cookie no longer works anywhere; removing it here as well makes this browser forget it at once.
  const jar = await cookies();
  for (const cookie of jar.getAll()) if (cookie.name.includes("next-auth.session-token")) jar.delete(cookie.name);
  redirect("/login?signedOut=everywhere");
}
