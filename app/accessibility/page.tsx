import type { Metadata } from "next";
import {
  accessibilityContact,
  KNOWN_ACCESSIBILITY_ISSUES,
  LAST_TESTED_ON,
  STATEMENT_PREPARED_ON,
} from "@/lib/accessibility/statement";
import { getEnv, publicBaseUrl } from "@/lib/env";
import { formatDate } from "@/lib/format/dates";

export const metadata: Metadata = { title: "Accessibility statement" };

const H2 = "mt-8 text-xl font-bold";
const LINK = "text-brand-700 underline";

/**
 * The accessibility statement, public (no sign-in), in the structure of GOV.UK's model statement for public sector
 * bodies: who can use the site, how accessible it is, how to report a problem, the enforcement procedure, compliance
 * status with the known issues (lib/accessibility/statement.ts), and how and when it was tested.
 */
export default function AccessibilityStatementPage() {
  const site = publicBaseUrl();
  const contact = accessibilityContact(getEnv().ACCESSIBILITY_CONTACT, site);
  const contactLink = (
    <a href={contact.href} className={LINK}>
      {contact.label}
    </a>
  );
  return (
    <article data-standalone-page className="rounded-xl bg-white p-6 shadow-sm [&_li]:mt-1 [&_p]:mt-3">
      <h1 className="text-2xl font-bold sm:text-3xl">Accessibility statement for Safeguarding online</h1>
      <p>
        This accessibility statement applies to the Safeguarding online training site at <span>{site}</span>: the
        course, its quizzes and certificates, the public certificate check, and the pages trainers and administrators
        use. The site is run by the organisation that gave you your account.
      </p>
      <p>We want as many people as possible to be able to use this website. For example, you should be able to:</p>
      <ul className="list-disc pl-6">
        <li>change colours, contrast levels and fonts using your browser or device settings</li>
        <li>zoom in up to 300% without the text spilling off the screen</li>
        <li>use the whole of the course, from signing in to your certificate, with a keyboard alone</li>
        <li>use the site with a screen reader: pages have headings, labelled form fields and table headers</li>
        <li>use the site on a phone as well as a computer</li>
      </ul>
      <p>We have written the course in plain English, and each lesson is short enough to read in a few minutes.</p>

      <h2 className={H2}>How accessible this website is</h2>
      <p>We know some parts of this website are not fully accessible:</p>
      <ul className="list-disc pl-6">
        {KNOWN_ACCESSIBILITY_ISSUES.map((issue) => (
          <li key={issue.problem}>{issue.problem}</li>
        ))}
      </ul>

      <h2 className={H2}>Feedback and contact information</h2>
      <p>
        If you need anything on this website in a different format, such as a large print or plain text version of a
        lesson or of your certificate, email {contactLink}. We will tell you when to expect it.
      </p>

      <h2 className={H2}>Reporting accessibility problems with this website</h2>
      <p>
        We are always looking to improve the accessibility of this website. If you find any problems not listed on this
        page or think we are not meeting accessibility requirements, contact {contactLink}. Say which page you were on
        (its address) and what happened, and tell us if you use a screen reader, magnifier, voice control or other
        assistive technology.
      </p>

      <h2 className={H2}>Enforcement procedure</h2>
      <p>
        The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites
        and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the &lsquo;accessibility regulations&rsquo;).
        If you are not happy with how we respond to your complaint, contact the{" "}
        <a href="https://www.equalityadvisoryservice.com/" className={LINK}>
          Equality Advisory and Support Service (EASS)
        </a>
        . In Northern Ireland, contact the{" "}
        <a href="https://www.equalityni.org/Home" className={LINK}>
          Equality Commission for Northern Ireland
        </a>
        .
      </p>

      <h2 className={H2}>Technical information about this website&rsquo;s accessibility</h2>
      <p>
        The organisations that run this site are committed to making it accessible, in accordance with the Public Sector
        Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.
      </p>
      <h3 className="mt-6 text-lg font-semibold">Compliance status</h3>
      <p>
        This website is partially compliant with the{" "}
        <a href="https://www.w3.org/TR/WCAG22/" className={LINK}>
          Web Content Accessibility Guidelines version 2.2
        </a>{" "}
        AA standard, due to the non-compliances listed below.
      </p>

      <h2 className={H2}>Non-accessible content</h2>
      <p>The content listed below is non-accessible for the following reasons.</p>
      <h3 className="mt-6 text-lg font-semibold">Non-compliance with the accessibility regulations</h3>
      <ul className="space-y-3 pl-0" data-testid="known-issues">
        {KNOWN_ACCESSIBILITY_ISSUES.map((issue) => (
          <li key={issue.problem} className="rounded-md border border-slate-300 p-4">
            <p className="!mt-0">{issue.problem}</p>
            <p>
              This fails WCAG 2.2 success criteri{issue.criteria.length === 1 ? "on" : "a"}{" "}
              {issue.criteria.join(" and ")}.
            </p>
            <p>
              <span className="font-semibold">Until it is fixed: </span>
              {issue.workaround}
            </p>
          </li>
        ))}
      </ul>
      <h3 className="mt-6 text-lg font-semibold">Disproportionate burden</h3>
      <p>We do not claim that fixing any of the problems above would be a disproportionate burden.</p>
      <h3 className="mt-6 text-lg font-semibold">
        Content that is not within the scope of the accessibility regulations
      </h3>
      <p>None: everything on this site is in scope.</p>

      <h2 className={H2}>What we are doing to improve accessibility</h2>
      <p>
        Every change to the site runs the tests described below before it is released, and a change that adds an
        accessibility fault the tests can find is not released. We will fix the problems listed above and update this
        statement when we do.
      </p>

      <h2 className={H2}>Preparation of this accessibility statement</h2>
      <p>
        This statement was prepared on {formatDate(new Date(STATEMENT_PREPARED_ON))}. The website was last tested on{" "}
        {formatDate(new Date(LAST_TESTED_ON))}, by the developers of the Safeguarding online software, as follows:
      </p>
      <ul className="list-disc pl-6" data-testid="how-tested">
        <li>
          every page the automated end-to-end tests check (sign-in and two-step verification, the course, lessons,
          quizzes and results, certificates, your account, the trainer dashboard and its tasks, the administration pages
          and the public certificate check) is scanned with the axe-core tool against the WCAG 2.2 A and AA rules it can
          test, target size included, in the Chromium browser
        </li>
        <li>
          the learner&rsquo;s journey is tested with a keyboard alone: the skip link, a lesson, answering and sending a
          quiz, where focus goes after each step, that the result is announced, and that no part of a page traps the
          keyboard
        </li>
        <li>
          the learner&rsquo;s screens and the trainer dashboard are tested on a phone&rsquo;s screen (375 pixels wide)
          and a laptop&rsquo;s (1366 pixels), and the dashboard at 1280 pixels with text at 150%: nothing scrolls
          sideways and no table is cut off
        </li>
      </ul>
      <p>
        The tests read the page as assistive technology does (roles, names, headings, live regions), but the site has
        not yet been tested by disabled people, with a particular screen reader, or in an independent audit.
      </p>
    </article>
  );
}
