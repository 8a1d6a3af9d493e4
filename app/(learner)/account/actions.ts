"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { endOwnSessions } from "@/lib/auth/end-sessions";
import { deleteSessionCookies } from "@/lib/auth/session-cookie";
import { renewRecoveryCodes, turnOffOwnSecondFactor } from "@/lib/auth/second-factor/setup";
import { withActor } from "@/lib/edge/action";
import { unwrap } from "@/lib/edge/outcome";
import { messageFor } from "@/lib/errors";

// A form that only confirms (an empty form would not be sent as multipart, which proxy.ts requires of actions).
const ZConfirm = z.object({ confirm: z.literal("yes") });

/**
 * Ends every session the signed-in person has, on every device, then signs this browser out too. The form
 * names what it ends (an empty form would not be sent as multipart, which proxy.ts requires of actions).
 */
export const signOutEverywhereAction = withActor(
  {
    schema: z.object({ scope: z.literal("all-devices") }),
    read: (formData) => ({ scope: formData.get("scope") }),
    invalid: (_error, _previous, locale) => ({ ok: false, message: messageFor("FORM_OUT_OF_DATE", {}, locale) }),
  },
  async ({ actor }) => {
    await endOwnSessions(actor);
    // The cookie no longer works anywhere; removing it here as well makes this browser forget it at once.
    await deleteSessionCookies();
    redirect("/login?signedOut=everywhere");
  },
);

export type TRecoveryCodesState = { ok: boolean; message: string | null; recoveryCodes?: string[] };

/** Ten new recovery codes, shown once; the old ones stop working. */
export const renewRecoveryCodesAction = withActor<typeof ZConfirm, TRecoveryCodesState>(
  {
    schema: ZConfirm,
    read: (formData) => ({ confirm: formData.get("confirm") }),
    invalid: (_error, _previous, locale) => ({ ok: false, message: messageFor("FORM_OUT_OF_DATE", {}, locale) }),
  },
  async ({ actor, baseUrl }) => {
    const { recoveryCodes } = unwrap(await renewRecoveryCodes(actor, baseUrl));
    revalidatePath("/account");
    return { ok: true, message: null, recoveryCodes };
  },
);

/** Turns off the person's own authenticator, where their role allows it. */
export const turnOffSecondFactorAction = withActor(
  {
    schema: ZConfirm,
    read: (formData) => ({ confirm: formData.get("confirm") }),
    invalid: (_error, _previous, locale) => ({ ok: false, message: messageFor("FORM_OUT_OF_DATE", {}, locale) }),
  },
  async ({ actor, baseUrl }) => {
    unwrap(await turnOffOwnSecondFactor(actor, baseUrl));
    revalidatePath("/account");
    return { ok: true, message: (await getTranslations("SecondFactor"))("turnedOff") };
  },
);
