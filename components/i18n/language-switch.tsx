"use client";

import { switchLanguageAction } from "@/app/(public)/language/actions";
import type { TActionState } from "@/lib/actions/result";
import { LOCALE_NAMES, LOCALES, type TLocale } from "@/lib/i18n/locales";
import { useFormAction } from "../use-form-action";

const initial: TActionState = { ok: false, message: null };

/**
 * "Cymraeg" on an English page, "English" on a Welsh one: the other language, named in itself and marked with its
 * own lang so a screen reader pronounces it right. A form posting a server action, so it works without JavaScript.
 * Its label comes from the server component that places it: no message catalogue is sent to the browser.
 */
export function LanguageSwitch({ current, label }: { current: TLocale; label: string }) {
  const { pending, form } = useFormAction(switchLanguageAction, initial);
  const others = LOCALES.filter((locale) => locale !== current);
  return (
    <form {...form} className="contents" aria-label={label}>
      {others.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="language"
          value={locale}
          lang={locale}
          disabled={pending}
          className="rounded-md px-2 py-1.5 text-sm font-medium text-white underline underline-offset-4 hover:bg-white/10 disabled:opacity-60"
        >
          {LOCALE_NAMES[locale]}
        </button>
      ))}
    </form>
  );
}
