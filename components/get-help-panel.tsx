import { HELP_CHECKED, HELP_SECTIONS } from "@/lib/course/help";
import type { TContact } from "@/lib/people/contacts";
import { HelpDrawer } from "./help-drawer";
import { SafeguardingContacts } from "./safeguarding-contacts";

const telHref = (phone: string) => `tel:${phone.replace(/\s/g, "")}`;

// The first two sections (a child in immediate danger; for children and young people): police and Childline.
const URGENT = HELP_SECTIONS.slice(0, 2)
  .flatMap((section) => section.contacts)
  .filter((c) => c.phone);

/**
 * Shown in the same place on every page: beside the content on wide screens; after it on phones, as a drawer with
 * the police and Childline numbers in sight. Signed-in staff also see their own organisation's safeguarding contacts.
 */
export function GetHelpPanel({ own }: { own?: { organisationName: string; contacts: TContact[] } }) {
  return (
    <aside
      id="get-help"
      aria-labelledby="get-help-title"
      className="rounded-xl border border-orange-200 bg-help-50 p-4 text-sm lg:sticky lg:top-4"
    >
      <h2 id="get-help-title" className="text-base font-bold text-help-700">
        Get help
      </h2>
      {/* On a phone, with the drawer closed, the numbers for a child in danger stay in sight. */}
      <p className="help-urgent mt-1 lg:hidden">
        {URGENT.map((c, i) => (
          <span key={c.name}>
            {i ? " · " : ""}
            {c.name}{" "}
            <a className="font-bold whitespace-nowrap text-help-700 underline" href={telHref(c.phone!)}>
              {c.phone}
            </a>
          </span>
        ))}
      </p>
      <HelpDrawer summary={own ? `Who to tell at ${own.organisationName}, and all helplines` : "All helplines"}>
        <div className="mt-3 space-y-4">
          {own ? (
            <section aria-label={`Safeguarding contacts at ${own.organisationName}`}>
              <h3 className="font-semibold text-slate-900">Who to tell at {own.organisationName}</h3>
              <SafeguardingContacts contacts={own.contacts} organisationName={own.organisationName} compact />
            </section>
          ) : null}
          {HELP_SECTIONS.map((section) => (
            <section key={section.title} aria-label={section.title}>
              <h3 className="font-semibold text-slate-900">{section.title}</h3>
              <ul className="mt-1 space-y-2">
                {section.contacts.map((c) => (
                  <li key={c.name}>
                    <span className="font-medium">{c.name}</span>
                    {c.phone ? (
                      <>
                        {" "}
                        <a className="font-bold whitespace-nowrap text-help-700 underline" href={telHref(c.phone)}>
                          {c.phone}
                        </a>
                      </>
                    ) : null}
                    <span className="block text-slate-700">{c.detail}</span>
                    {c.href ? (
                      <a className="text-brand-700 underline" href={c.href} rel="noopener noreferrer" target="_blank">
                        Website<span className="sr-only"> of {c.name} (opens in a new tab)</span>
                      </a>
                    ) : null}
                    <span className="block text-xs text-slate-600">Source: {c.source}</span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
        <p className="mt-3 text-xs text-slate-600">Contact details checked {HELP_CHECKED}.</p>
      </HelpDrawer>
    </aside>
  );
}
