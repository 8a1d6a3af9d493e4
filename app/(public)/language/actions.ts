"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getSignInState } from "@/lib/auth/current-user";
import { usesSecureCookies } from "@/lib/auth/session-cookie-name";
import { withoutActor } from "@/lib/edge/action";
import { messageFor } from "@/lib/errors";
import { LANGUAGE_COOKIE, LANGUAGE_COOKIE_MAX_AGE } from "@/lib/i18n/language-cookie";
import { setOwnLanguage } from "@/lib/i18n/language-settings";
import { ZLocale } from "@/lib/i18n/locale-schema";

const ZSwitch = z.object({ language: ZLocale });

/**
 * The header's language switch, on every page: signed in, it becomes the person's own choice (kept for their
 * emails and certificates too); signed out, the browser remembers it until they sign in.
 */
export const switchLanguageAction = withoutActor(
  {
    schema: ZSwitch,
    read: (formData) => ({ language: formData.get("language") }),
    invalid: (_error, _previous, locale) => ({ ok: false, message: messageFor("FORM_OUT_OF_DATE", {}, locale) }),
  },
  async ({ input }) => {
    const state = await getSignInState();
    if (state?.stage === "full") await setOwnLanguage(state.actor, input.language);
    (await cookies()).set(LANGUAGE_COOKIE, input.language, {
      path: "/",
      maxAge: LANGUAGE_COOKIE_MAX_AGE,
      sameSite: "lax",
      httpOnly: true,
      secure: usesSecureCookies(),
    });
    revalidatePath("/", "layout");
    return { ok: true, message: null };
  },
);
