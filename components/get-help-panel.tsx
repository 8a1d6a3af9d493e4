import { HELP_CHECKED, HELP_SECTIONS } from "@/lib/course/help";
import type { TContact } from "@/lib/people/contacts";
import { SafeguardingContacts } from "./safeguarding-contacts";

/**
 * Shown in the same place on every page: beside the content on wide screens, after it on phones.
 * Signed-in staff also see their own organisation's safeguarding contacts.
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
                      <a
                        className="font-bold whitespace-nowrap text-help-700 underline"
                        href={`tel:${c.phone.replace(/\s/g, "")}`}
                      >
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
    </aside>
  );
}
