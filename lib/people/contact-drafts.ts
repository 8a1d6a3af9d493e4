import { MAX_CONTACTS, type TContactKind } from "./contact-kinds";

/**
 * The contacts form's rows as typed, before they are checked: what the form is drawn from, and what the action
 * sends back so a browser without JavaScript gets its rows again (with one more, one fewer, or with a problem
 * to fix). Fields are numbered from 0 (kind-0, name-0, …) in the order shown.
 */
export type TContactDraft = { kind: string; name: string; phone: string; email: string; notes: string };
const FIELDS = ["kind", "name", "phone", "email", "notes"] as const;
// Each field's longest value (the inputs' maxlength): what is sent back is cut to these, never the whole post.
const LONGEST: Record<(typeof FIELDS)[number], number> = { kind: 20, name: 120, phone: 25, email: 254, notes: 300 };

export const BLANK_CONTACT: TContactDraft = { kind: "", name: "", phone: "", email: "", notes: "" };

/** What a blank row's role starts as: the DSL first, then the deputy, then "Other contact". */
export function defaultContactKind(index: number): TContactKind {
  return index === 0 ? "DSL" : index === 1 ? "DEPUTY_DSL" : "OTHER";
}

/** A row with neither a name nor a phone number is an unused one, and is dropped on saving. */
export function isBlankContact(d: TContactDraft): boolean {
  return !d.name.trim() && !d.phone.trim();
}

/** Every numbered row sent, up to one more than may be kept (so too many can be refused rather than dropped). */
export function readContactDrafts(formData: FormData): TContactDraft[] {
  const text = (name: string) => {
    const v = formData.get(name);
    return typeof v === "string" ? v : "";
  };
  const rows: TContactDraft[] = [];
  for (let i = 0; i <= MAX_CONTACTS; i++) {
    if (!FIELDS.some((f) => formData.has(`${f}-${i}`))) continue;
    rows.push({
      kind: text(`kind-${i}`),
      name: text(`name-${i}`),
      phone: text(`phone-${i}`),
      email: text(`email-${i}`),
      notes: text(`notes-${i}`),
    });
  }
  return rows;
}

/** The rows to send back to the form: each value cut to its field's length. */
export function echoContactDrafts(rows: TContactDraft[]): TContactDraft[] {
  return rows.slice(0, MAX_CONTACTS).map((r) => {
    const cut = { ...r };
    for (const f of FIELDS) cut[f] = r[f].slice(0, LONGEST[f]);
    return cut;
  });
}

export type TContactsIntent = { is: "save" } | { is: "add" } | { is: "remove"; index: number };

/** Which button sent the form: "Add another contact", a row's "Remove", or (anything else) "Save contacts". */
export function readContactsIntent(value: FormDataEntryValue | null): TContactsIntent {
  if (value === "add") return { is: "add" };
  const remove = typeof value === "string" ? /^remove-(\d{1,2})$/.exec(value) : null;
  return remove ? { is: "remove", index: Number(remove[1]) } : { is: "save" };
}

/** The rows after "Add another contact" or "Remove", when the browser could not do it itself. Always one row. */
export function applyContactsIntent(intent: TContactsIntent, rows: TContactDraft[]): TContactDraft[] {
  if (intent.is === "add") return rows.length < MAX_CONTACTS ? [...rows, BLANK_CONTACT] : rows;
  if (intent.is === "remove") {
    const left = rows.filter((_, i) => i !== intent.index);
    return left.length ? left : [BLANK_CONTACT];
  }
  return rows;
}
