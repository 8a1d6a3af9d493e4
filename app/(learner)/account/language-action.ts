"use server";

import { revalidatePath } from "next/cache";
import { createTranslator } from "use-intl/core";
import { z } from "zod";
import { withActor } from "@/lib/edge/action";
import { messageFor } from "@/lib/errors";
import { setOwnLanguage } from "@/lib/i18n/language-settings";
import { ZLocale } from "@/lib/i18n/locale-schema";
import { LOCALE_NAMES } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import { getOwnLanguage } from "@/lib/i18n/language-settings";
import { resolveLocale } from "@/lib/i18n/resolve-locale";

// "organisation": no choice of their own, so their organisation's default applies (and follows it if it changes).
const ZChoice = z.object({ language: z.union([ZLocale, z.literal("organisation")]) });

/** The person's own interface language, from the account page; answered in the language chosen. */
export const chooseLanguageAction = withActor(
  {
    schema: ZChoice,
    read: (formData) => ({ language: formData.get("language") }),
    invalid: (_error, _previous, locale) => ({ ok: false, message: messageFor("FORM_OUT_OF_DATE", {}, locale) }),
  },
  async ({ actor, input }) => {
    await setOwnLanguage(actor, input.language === "organisation" ? null : input.language);
    const now = resolveLocale(await getOwnLanguage(actor));
    const t = createTranslator({ locale: now, messages: await loadMessages(now), namespace: "Language" });
    revalidatePath("/", "layout");
    return { ok: true, message: t("saved", { language: LOCALE_NAMES[now] }) };
  },
);
