import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { HELP_CHECKED, HELP_SECTIONS } from "@/lib/course/help";
import type { TContact } from "@/lib/people/contacts";
import { formatCalendarDay } from "@/lib/format/dates";
import { telHref } from "@/lib/format/tel";
import { HelpDrawer } from "./help-drawer";
import { SafeguardingContacts } from "./safeguarding-contacts";

const helpline = (name: string) => {
  const contact = HELP_SECTIONS.flatMap((section) => section.contacts).find((c) => c.name === name && c.phone);
  if (!contact?.phone) throw new Error(`The help panel has no phone number for ${name}.`);
  return { label: name, phone: contact.phone };
};
const POLICE = helpline("Police");
const CHILDLINE = helpline("Childline");
const NSPCC = helpline("NSPCC Helpline");

type THelpT = Awaited<ReturnType<typeof getTranslations<"Help">>>;

/**
 * Who to call, in order: the police, then the person's own DSL (or, if only a deputy is recorded, the deputy; if
 * neither, the NSPCC helpline), then Childline.
 */
function urgentLine(own: { contacts: TContact[] } | undefined, t: THelpT): { label: string; phone: string }[] {
  const dsl = own?.contacts.find((c) => c.kind === "DSL");
  const deputy = own?.contacts.find((c) => c.kind === "DEPUTY_DSL");
  const named = (c: { label: string; phone: string }) => ({ ...c, label: contactName(c.label, t) });
  const lead = dsl
    ? { label: t("yourDsl", { name: dsl.name }), phone: dsl.phone }
    : deputy
      ? { label: t("yourDeputy", { name: deputy.name }), phone: deputy.phone }
      : named(NSPCC);
  return [named(POLICE), lead, named(CHILDLINE)];
}

/** A helpline's name, description or source in the page's language; lib/course/help.ts keeps the English. */
function contactName(name: string, t: THelpT): string {
  return t.has(`contacts.${name}.name`) ? t(`contacts.${name}.name`) : name;
}
function contactText(
  contact: { name: string; detail: string; source: string },
  field: "detail" | "source",
  t: THelpT,
): string {
  const key = `contacts.${contact.name}.${field}`;
  return t.has(key) ? t(key) : contact[field];
}

/**
 * Shown in the same place on every page: beside the content on wide screens; after it on phones, as a drawer with
 * the police, the person's DSL and Childline in sight. Signed-in staff also see their own organisation's safeguarding contacts.
 */
export async function GetHelpPanel({ own }: { own?: { organisationName: string; contacts: TContact[] } }) {
  const [t, locale] = await Promise.all([getTranslations("Help"), getLocale()]);
  const organisation = own?.organisationName ?? "";
  return (
    <aside
      id="get-help"
      aria-labelledby="get-help-title"
      className="rounded-xl border border-orange-200 bg-help-50 p-4 text-sm lg:sticky lg:top-4"
    >
      <h2 id="get-help-title" className="text-base font-bold text-help-700">
        {t("title")}
      </h2>
      {/* Every signed-in person may open the card (staff, trainers and administrators alike); on a phone it stays in
          sight with the drawer closed. */}
      {own ? (
        <p className="mt-1">
          <Link href="/course/worried-card" className="font-semibold text-help-700 underline">
            {t("worriedLink")}
          </Link>
        </p>
      ) : null}
      {/* On a phone, with the drawer closed, who to call stays in sight: the police for a child in danger, the
          person's own DSL (staff tell them first; the NSPCC helpline when none is known), and Childline. */}
      <div className="help-urgent mt-1 lg:hidden">
        <p>
          {urgentLine(own, t).map((c, i) => (
            <span key={c.label}>
              {i ? " · " : ""}
              {c.label}{" "}
              <a className="font-bold whitespace-nowrap text-help-700 underline" href={telHref(c.phone)}>
                {c.phone}
              </a>
            </span>
          ))}
        </p>
        {own && !own.contacts.some((c) => c.kind === "DSL") ? (
          <p className="mt-1 text-amber-950">{t("noDslShort", { organisation })}</p>
        ) : null}
      </div>
      <HelpDrawer summary={own ? t("drawerOwn", { organisation }) : t("drawerAll")}>
        <div className="mt-3 space-y-4">
          {own ? (
            <section aria-label={t("contactsLabel", { organisation })}>
              <h3 className="font-semibold text-slate-900">{t("whoToTell", { organisation })}</h3>
              <SafeguardingContacts contacts={own.contacts} organisationName={own.organisationName} compact />
            </section>
          ) : null}
          {HELP_SECTIONS.map((section) => {
            const title = t.has(`sections.${section.title}`) ? t(`sections.${section.title}`) : section.title;
            return (
              <section key={section.title} aria-label={title}>
                <h3 className="font-semibold text-slate-900">{title}</h3>
                <ul className="mt-1 space-y-2">
                  {section.contacts.map((c) => (
                    <li key={c.name}>
                      <span className="font-medium">{contactName(c.name, t)}</span>
                      {c.phone ? (
                        <>
                          {" "}
                          <a className="font-bold whitespace-nowrap text-help-700 underline" href={telHref(c.phone)}>
                            {c.phone}
                          </a>
                        </>
                      ) : null}
                      <span className="block text-slate-700">{contactText(c, "detail", t)}</span>
                      {c.href ? (
                        <a className="text-brand-700 underline" href={c.href} rel="noopener noreferrer" target="_blank">
                          {t.rich("website", {
                            name: contactName(c.name, t),
                            sr: (chunks) => <span className="sr-only">{chunks}</span>,
                          })}
                        </a>
                      ) : null}
                      <span className="block text-xs text-slate-600">
                        {t("source", { source: contactText(c, "source", t) })}
                      </span>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
        <p className="mt-3 text-xs text-slate-600">
          {t("checked", { date: formatCalendarDay(HELP_CHECKED, { locale }) })}
        </p>
      </HelpDrawer>
    </aside>
  );
}
