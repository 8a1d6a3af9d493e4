import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { TActor } from "@/lib/auth/current-user";
import { isLocale } from "@/lib/i18n/locales";
import { LanguageSwitch } from "./i18n/language-switch";
import { SignOutButton } from "./sign-out-button";

/**
 * Two rows at most on a phone: the name of the site with "Get help" beside it, then the links. The person's name and
 * role, which would push it to a third row, show as "Account" there.
 */
export async function SiteHeader({ user }: { user: TActor | null }) {
  const [t, roles, site, signOut, language, locale] = await Promise.all([
    getTranslations("Header"),
    getTranslations("Roles"),
    getTranslations("Site"),
    getTranslations("SignOut"),
    getTranslations("Language"),
    getLocale(),
  ]);
  const languageSwitch = (
    <LanguageSwitch current={isLocale(locale) ? locale : "en-GB"} label={language("switchLabel")} />
  );
  return (
    <header className="no-print bg-brand-800 text-white">
      <div className="site-width mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-3 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold tracking-tight">
          {site("name")}
        </Link>
        <a
          href="#get-help"
          className="header-help rounded-md bg-orange-100 px-3 py-1.5 text-sm font-semibold text-help-700 sm:order-last lg:hidden"
        >
          {t("getHelp")}
        </a>
        {user ? (
          <nav
            aria-label={t("navLabel")}
            className="flex w-full flex-wrap items-center gap-x-4 gap-y-2 text-sm sm:ml-auto sm:w-auto"
          >
            <Link href="/course" className="underline-offset-4 hover:underline">
              {t("course")}
            </Link>
            {user.role !== "LEARNER" ? (
              <Link href="/trainer" className="underline-offset-4 hover:underline">
                {t("trainer")}
              </Link>
            ) : null}
            {user.role === "ADMIN" ? (
              <Link href="/admin" className="underline-offset-4 hover:underline">
                {t("admin")}
              </Link>
            ) : null}
            <Link href="/account" className="text-white/90 underline-offset-4 hover:underline">
              <span className="sm:hidden">{t("account")}</span>
              <span className="hidden sm:inline">
                {user.name} <span className="text-white/75">({roles(user.role)})</span>
              </span>
            </Link>
            {languageSwitch}
            <SignOutButton label={signOut("label")} pendingLabel={signOut("pending")} />
          </nav>
        ) : (
          <div className="flex items-center sm:ml-auto">{languageSwitch}</div>
        )}
      </div>
    </header>
  );
}
