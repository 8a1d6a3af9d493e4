/**
 * The "Get help" panel's contacts, with where each number comes from, as a reader would cite it: the organisation's
 * own public page or guidance (checked on the date given). Childline's number and availability also appear in
 * ../shared/seeds/004_234bcb1b1f37189c.txt and Samaritans' in ../shared/seeds/003_fc827fe8c5c12829.txt (paths from
 * the repository root).
 */
export type THelpContact = { name: string; detail: string; phone?: string; href?: string; source: string };

export const HELP_CHECKED = "2026-11-22";

export const HELP_SECTIONS: { title: string; contacts: THelpContact[] }[] = [
  {
    title: "A child in immediate danger",
    contacts: [{ name: "Police", detail: "Call 999 now.", phone: "999", source: "gov.uk: contact the police" }],
  },
  {
    title: "For children and young people",
    contacts: [
      {
        name: "Childline",
        detail: "Free, 24/7, by phone or online counsellor chat.",
        phone: "0800 1111",
        href: "https://www.childline.org.uk/get-support/",
        source: "Childline website",
      },
    ],
  },
  {
    title: "If you are worried about a child",
    contacts: [
      {
        name: "Your designated safeguarding lead (DSL)",
        detail:
          "Tell them (or their deputy) straight away, following your organisation's procedure. If neither can be reached and it cannot wait, speak to a senior manager or contact children's social care (social services in Wales, social work in Scotland, the Health and Social Care Trust in Northern Ireland), then tell your DSL what you did. Call 999 if a child is in immediate danger.",
        source:
          "Keeping children safe in education; Working Together to Safeguard Children (DfE, England); each nation has equivalents",
      },
      {
        name: "NSPCC Helpline",
        detail: "Advice for adults worried about a child. It does not replace telling your DSL.",
        phone: "0808 800 5000",
        href: "https://www.nspcc.org.uk/keeping-children-safe/reporting-abuse/",
        source: "NSPCC website",
      },
      {
        name: "CEOP",
        detail: "Report online sexual abuse or grooming of a child.",
        href: "https://www.ceop.police.uk/safety-centre/",
        source: "National Crime Agency CEOP website",
      },
    ],
  },
  {
    title: "Support for you",
    contacts: [
      {
        name: "Samaritans",
        detail: "Any time, if this subject affects you.",
        phone: "116 123",
        href: "https://www.samaritans.org/",
        source: "Samaritans website",
      },
    ],
  },
];

/** Every helpline number above, so that wherever the course writes one (warnings, lessons) it can be a `tel:` link. */
export const HELP_PHONE_NUMBERS: readonly string[] = HELP_SECTIONS.flatMap((s) => s.contacts).flatMap((c) =>
  c.phone ? [c.phone] : [],
);
