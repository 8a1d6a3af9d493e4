"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { endOwnSessions } from "@/lib/auth/end-sessions";
import { withActor } from "@/lib/edge/action";
import { messageFor } from "@/lib/errors";

/**
 * Ends every session the signed-in person has, on every device, then signs this browser out too. The form
 * names what it ends (an empty form would not be sent as multipart, which proxy.ts requires of actions).
 */
export const signOutEverywhereAction = withActor(
  {
    schema: z.object({ scope: z.literal("all-devices") }),
    read: (formData) => ({ scope: formData.get("scope") }),
    invalid: () => ({ ok: false, message: messageFor("FORM_OUT_OF_DATE") }),
  },
  async ({ actor }) => {
    await endOwnSessions(actor);
    // The cookie no longer works anywhere; removing it here as well makes this browser forget it at once.
    const jar = await cookies();
    for (const cookie of jar.getAll()) if (cookie.name.includes("next-auth.session-token")) jar.delete(cookie.name);
    redirect("/login?signedOut=everywhere");
  },
);
