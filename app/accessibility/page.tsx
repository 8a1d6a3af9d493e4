import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import {
  accessibilityContact,
  KNOWN_ACCESSIBILITY_ISSUES,
  LAST_TESTED_ON,
  STATEMENT_PREPARED_ON,
  WCAG_CRITERIA,
} from "@/lib/accessibility/statement";
import { getEnv, publicBaseUrl } from "@/lib/env";
import { formatDate } from "@/lib/format/dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AccessibilityStatement"))("title") };
}

const H2 = "mt-8 text-xl font-bold";
const H3 = "mt-6 text-lg font-semibold";
const LINK = "text-brand-700 underline";

/**
 * The accessibility statement, public (no sign-in), in the structure of GOV.UK's model statement for public sector
 * bodies: who can use the site, how accessible it is, how to report a problem, the enforcement procedure, compliance
 * status with the known issues (lib/accessibility/statement.ts), and how and when it was tested. Its words are in
 * the message files (AccessibilityStatement).
 */
export default async function AccessibilityStatementPage() {
  const [t, locale] = await Promise.all([getTranslations("AccessibilityStatement"), getLocale()]);
  const site = publicBaseUrl();
  const contact = accessibilityContact(getEnv().ACCESSIBILITY_CONTACT, site);
  const contactLink = (chunks: React.ReactNode) => (
    <a href={contact.href} className={LINK}>
      {chunks}
    </a>
  );
  const link = (href: string) =>
    function ExternalLink(chunks: React.ReactNode) {
      return (
        <a href={href} className={LINK}>
          {chunks}
        </a>
      );
    };
  return (
    <article data-standalone-page className="rounded-xl bg-white p-6 shadow-sm [&_li]:mt-1 [&_p]:mt-3">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("heading")}</h1>
      <p>{t.rich("appliesTo", { site, url: (chunks) => <span>{chunks}</span> })}</p>
      <p>{t("wantIntro")}</p>
      <ul className="list-disc pl-6">
        <li>{t("canColours")}</li>
        <li>{t("canZoom")}</li>
        <li>{t("canKeyboard")}</li>
        <li>{t("canScreenReader")}</li>
        <li>{t("canPhone")}</li>
      </ul>
      <p>{t("plainLanguage")}</p>

      <h2 className={H2}>{t("howAccessibleHeading")}</h2>
      <p>{t("knowSome")}</p>
      <ul className="list-disc pl-6">
        {KNOWN_ACCESSIBILITY_ISSUES.map((issue) => (
          <li key={issue.id}>{t(`issues.${issue.id}.problem`)}</li>
        ))}
      </ul>

      <h2 className={H2}>{t("feedbackHeading")}</h2>
      <p>{t.rich("feedback", { address: contact.label, contact: contactLink })}</p>

      <h2 className={H2}>{t("reportingHeading")}</h2>
      <p>{t.rich("reporting", { address: contact.label, contact: contactLink })}</p>

      <h2 className={H2}>{t("enforcementHeading")}</h2>
      <p>
        {t.rich("enforcement", {
          eass: link("https://www.equalityadvisoryservice.com/"),
          ecni: link("https://www.equalityni.org/Home"),
        })}
      </p>

      <h2 className={H2}>{t("technicalHeading")}</h2>
      <p>{t("technical")}</p>
      <h3 className={H3}>{t("complianceHeading")}</h3>
      <p>{t.rich("compliance", { wcag: link("https://www.w3.org/TR/WCAG22/") })}</p>

      <h2 className={H2}>{t("nonAccessibleHeading")}</h2>
      <p>{t("nonAccessibleIntro")}</p>
      <h3 className={H3}>{t("nonComplianceHeading")}</h3>
      <ul className="space-y-3 pl-0" data-testid="known-issues">
        {KNOWN_ACCESSIBILITY_ISSUES.map((issue) => (
          <li key={issue.id} className="rounded-md border border-slate-300 p-4">
            <p className="!mt-0">{t(`issues.${issue.id}.problem`)}</p>
            <p>
              {t("fails", {
                count: issue.criterionIds.length,
                criteria: issue.criterionIds
                  .map((c) => `${WCAG_CRITERIA[c]} ${t(`criteria.${c}`)}`)
                  .reduce((first, second) => t("criteriaAnd", { first, second })),
              })}
            </p>
            <p>
              <span className="font-semibold">{t("untilFixed")}</span>
              {t(`issues.${issue.id}.workaround`)}
            </p>
          </li>
        ))}
      </ul>
      <h3 className={H3}>{t("burdenHeading")}</h3>
      <p>{t("burden")}</p>
      <h3 className={H3}>{t("scopeHeading")}</h3>
      <p>{t("scope")}</p>

      <h2 className={H2}>{t("improvingHeading")}</h2>
      <p>{t("improving")}</p>

      <h2 className={H2}>{t("preparationHeading")}</h2>
      <p>
        {t("preparation", {
          prepared: formatDate(new Date(STATEMENT_PREPARED_ON), { locale }),
          tested: formatDate(new Date(LAST_TESTED_ON), { locale }),
        })}
      </p>
      <ul className="list-disc pl-6" data-testid="how-tested">
        <li>{t("testedAxe")}</li>
        <li>{t("testedKeyboard")}</li>
        <li>{t("testedScreens")}</li>
      </ul>
      <p>{t("testedLimits")}</p>
    </article>
  );
}
