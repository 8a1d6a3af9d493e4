/**
 * The "Get help" panel's contacts, with where each number comes from. Numbers from the seed
 * articles cite them; the rest cite the organisation's own public page (checked on the date given).
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
        // ../shared/seeds/004_234bcb1b1f37189c.txt
        source: "First Response Training, citing the NSPCC",
      },
    ],
  },
  {
    title: "If you are worried about a child",
    contacts: [
      {
        name: "Your designated safeguarding lead (DSL)",
        detail: "Tell them straight away, following your organisation's procedure.",
        source: "Keeping children safe in education (DfE)",
      },
      {
        name: "NSPCC Helpline",
        detail: "Advice for adults worried about a child.",
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
        // ../shared/seeds/003_fc827fe8c5c12829.txt
        source: "Kent local news, 30 September 2020",
      },
    ],
  },
];
