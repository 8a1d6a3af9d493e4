"use client";

import { useEffect, useRef, useState, type MouseEvent } from "react";
import { useFormAction } from "@/components/use-form-action";
import { BLANK_CONTACT, type TContactDraft } from "@/lib/people/contact-drafts";
import { MAX_CONTACTS } from "@/lib/people/contact-kinds";
import { saveContactsAction, type TContactsFormState } from "./actions";
import { ContactFields, type TContactFieldLabels } from "./contact-fields";

type TRow = { key: string; draft: TContactDraft };

const keyed = (drafts: TContactDraft[], batch: number): TRow[] =>
  drafts.map((draft, i) => ({ key: `${batch}-${i}`, draft }));

const BUTTON = "rounded-md px-4 py-2 font-semibold disabled:opacity-60";

/**
 * The contacts form: the saved contacts and one blank row, as many rows as needed up to MAX_CONTACTS. "Add
 * another contact" and "Remove" act at once with JavaScript; without it they post, and the action sends the
 * rows back with one more or one fewer (nothing is saved until "Save contacts").
 */
export type TContactsFormLabels = Record<"save" | "saving" | "add" | "atMost", string> & {
  fields: TContactFieldLabels;
};

export function ContactsForm({
  organisationId,
  rows: first,
  labels: l,
}: {
  organisationId: string;
  rows: TContactDraft[];
  labels: TContactsFormLabels;
}) {
  const { state, pending, form } = useFormAction<TContactsFormState>(saveContactsAction, { ok: false, message: null });
  // Rows come from the last answer when there is one (after a post without JavaScript, the page is drawn from it).
  const [batch, setBatch] = useState(0);
  const [rows, setRows] = useState<TRow[]>(() => keyed(state.rows ?? first, 0));
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    if (state.rows) {
      setRows(keyed(state.rows, batch + 1));
      setBatch(batch + 1);
    }
  }
  const [added, setAdded] = useState(0);
  // After adding or removing a row, focus goes to the row that is new or now in its place.
  const focusAt = useRef<number | null>(null);
  useEffect(() => {
    if (focusAt.current === null) return;
    (document.getElementById(`kind-${focusAt.current}`) ?? document.getElementById("add-contact"))?.focus();
    focusAt.current = null;
  }, [rows]);

  function add(event: MouseEvent<HTMLButtonElement>) {
    event.preventDefault();
    if (rows.length >= MAX_CONTACTS) return;
    focusAt.current = rows.length;
    setRows([...rows, { key: `new-${added}`, draft: BLANK_CONTACT }]);
    setAdded(added + 1);
  }
  const remove = (key: string) => (event: MouseEvent<HTMLButtonElement>) => {
    event.preventDefault();
    const index = rows.findIndex((r) => r.key === key);
    const left = rows.filter((r) => r.key !== key);
    focusAt.current = Math.min(index, left.length - 1);
    if (left.length) setRows(left);
    else {
      focusAt.current = 0;
      setRows([{ key: `new-${added}`, draft: BLANK_CONTACT }]);
      setAdded(added + 1);
    }
  };

  return (
    <form {...form} className="space-y-4 rounded-xl bg-white p-5 shadow-sm" data-testid="contacts-form">
      {/* Pressing Enter in a field submits with the form's first button: this one, so it saves rather than removes. */}
      <button type="submit" className="hidden" tabIndex={-1}>
        {l.save}
      </button>
      <input type="hidden" name="organisationId" value={organisationId} />
      {rows.map((r, i) => (
        <ContactFields key={r.key} index={i} contact={r.draft} onRemove={remove(r.key)} labels={l.fields} />
      ))}
      <div className="flex flex-wrap items-center gap-3">
        {rows.length < MAX_CONTACTS ? (
          <button
            id="add-contact"
            type="submit"
            name="intent"
            value="add"
            onClick={add}
            className={`${BUTTON} border border-slate-400 bg-white text-slate-900 hover:bg-slate-50`}
          >
            {l.add}
          </button>
        ) : (
          <p className="text-sm text-slate-700">{l.atMost}</p>
        )}
      </div>
      <div aria-live="polite">
        {state.message ? (
          <p
            className={`rounded-md p-2 text-sm ${state.ok ? "bg-emerald-50 text-emerald-900" : "bg-red-50 text-red-800"}`}
          >
            {state.message}
          </p>
        ) : null}
      </div>
      <button type="submit" disabled={pending} className={`${BUTTON} bg-brand-700 text-white hover:bg-brand-800`}>
        {pending ? l.saving : l.save}
      </button>
    </form>
  );
}
