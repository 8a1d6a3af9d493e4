// What a form in the browser needs to know about safeguarding contacts, apart from the database code in
// contacts.ts (which re-exports these), so a client component can import it.

export const CONTACT_KINDS = {
  DSL: "Designated safeguarding lead (DSL)",
  DEPUTY_DSL: "Deputy DSL",
  CHILDRENS_SERVICES: "Children's services front door",
  LADO: "Local authority designated officer (LADO)",
  OUT_OF_HOURS: "Out-of-hours (emergency duty team)",
  OTHER: "Other contact",
} as const;
export type TContactKind = keyof typeof CONTACT_KINDS;

/** The most contacts an organisation keeps: the form offers no more rows, and the action refuses more. */
export const MAX_CONTACTS = 10;

export function isContactKind(kind: string): kind is TContactKind {
  return Object.hasOwn(CONTACT_KINDS, kind);
}
