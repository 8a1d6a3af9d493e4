import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { getSignInState, requireUser } from "@/lib/auth/current-user";
import { formatDate } from "@/lib/format/dates";
import { recentSignIns } from "@/lib/auth/sign-in-history";
import { getOwnAccount } from "@/lib/privacy/account";
import { SecondFactorSection } from "./second-factor-section";
import { LanguageSection } from "./language-section";
import { SignInHistory } from "./sign-in-history";
import { signOutEverywhereAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Account"))("title") };
}

export default async function AccountPage() {
  const user = await requireUser();
  const [account, signIns, state, locale, t, roles] = await Promise.all([
    getOwnAccount(user),
    recentSignIns(user),
    // The person's language and their organisation's default, as this request's session read already holds them.
    getSignInState(),
    getLocale(),
    getTranslations("Account"),
    getTranslations("Roles"),
  ]);
  // [test id, label, value]: the test ids stay the same in every language.
  const rows: [string, string, string][] = [
    ["name", t("name"), account.name],
    ["email", t("email"), account.email],
    ["organisation", t("organisation"), account.organisation.name],
    ["role", t("role"), roles(account.role)],
    ...(account.memberships.length
      ? [["groups", t("groups"), account.memberships.map((m) => m.group.name).join(", ")] as [string, string, string]]
      : []),
    ["joined", t("joined"), formatDate(account.createdAt, { locale })],
  ];
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <section aria-labelledby="details-title" className="rounded-xl bg-white p-5 shadow-sm sm:p-6">
        <h2 id="details-title" className="text-lg font-bold">
          {t("detailsHeading")}
        </h2>
        <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          {rows.map(([id, label, value]) => (
            <div key={id} className="contents">
              <dt className="font-medium text-slate-700">{label}</dt>
              <dd className="break-words" data-testid={`account-${id}`}>
                {value}
              </dd>
            </div>
          ))}
        </dl>
        <p className="mt-3 text-sm text-slate-600">{t("changeDetails")}</p>
      </section>

      <LanguageSection language={state!.language} />

      <section aria-labelledby="reading-title" className="rounded-xl bg-white p-5 shadow-sm sm:p-6">
        <h2 id="reading-title" className="text-lg font-bold">
          {t("readingHeading")}
        </h2>
        <p className="mt-2 text-slate-800">{t("readingIntro")}</p>
        <Link
          href="/account/reading"
          className="mt-4 inline-block rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
        >
          {t("readingLink")}
        </Link>
      </section>

      <section aria-labelledby="data-title" className="rounded-xl bg-white p-5 shadow-sm sm:p-6">
        <h2 id="data-title" className="text-lg font-bold">
          {t("dataHeading")}
        </h2>
        <p className="mt-2 text-slate-800">{t("dataIntro")}</p>
        {/* A plain link, not next/link: it is a file download from a route handler, not a page. */}
        <a
          href="/account/data"
          download
          className="mt-4 inline-block rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
        >
          {t("downloadData")}
        </a>
      </section>

      <section aria-labelledby="sessions-title" className="rounded-xl bg-white p-5 shadow-sm sm:p-6">
        <h2 id="sessions-title" className="text-lg font-bold">
          {t("signingInHeading")}
        </h2>
        <p className="mt-2 text-slate-800">{t("signingInIntro")}</p>
        <ActionForm
          action={signOutEverywhereAction}
          submitLabel={t("signOutEverywhere")}
          pendingLabel={t("signingOut")}
          className="mt-4"
          testId="sign-out-everywhere"
        >
          <input type="hidden" name="scope" value="all-devices" />
        </ActionForm>
        <SignInHistory signIns={signIns} locale={locale} />
      </section>

      <SecondFactorSection
        role={account.role}
        trainersNeedSecondFactor={account.organisation.trainersNeedSecondFactor}
        enabledAt={account.totpEnabledAt}
        recoveryCodesLeft={account._count.recoveryCodes}
      />

      <section aria-labelledby="privacy-title" className="rounded-xl bg-white p-5 shadow-sm sm:p-6">
        <h2 id="privacy-title" className="text-lg font-bold">
          {t("privacyHeading")}
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6 text-slate-800">
          {(
            [
              "privacyRecords",
              "privacyPassword",
              "privacySecondFactor",
              "privacySignIns",
              "privacyWhoSees",
              "privacyErasure",
            ] as const
          ).map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
