import type { MouseEvent } from "react";
import { fill } from "@/components/trainer/fill";
import { CONTACT_KINDS, isContactKind, type TContactKind } from "@/lib/people/contact-kinds";
import { defaultContactKind, type TContactDraft } from "@/lib/people/contact-drafts";

/** A row's words in the page's language (TrainerContacts); "{number}" is the row's number. */
export type TContactFieldLabels = Record<
  "contact" | "role" | "name" | "phone" | "emailOptional" | "notesOptional" | "remove" | "removeWhich",
  string
> & { kinds: Record<TContactKind, string> };

const FIELD = "block w-full min-w-0 rounded-md border border-slate-400 px-2 py-1.5";
const INPUT = `mt-1 ${FIELD}`;

/**
 * One row of the contacts form: its fields are numbered so the action reads them back in order. Labels sit above
 * their fields at every width, and the columns have a floor: at 1366 px the role's longest name fits its select,
 * and on a phone the row is one column (min-w-0, because a fieldset is otherwise never narrower than its widest
 * select, and ran off a 375 px screen).
 */
export function ContactFields({
  index,
  contact: c,
  onRemove,
  labels: l,
}: {
  index: number;
  contact: TContactDraft;
  /** With JavaScript, removes the row at once; without, the button posts and the page comes back without it. */
  onRemove?: (event: MouseEvent<HTMLButtonElement>) => void;
  labels: TContactFieldLabels;
}) {
  const n = index + 1;
  return (
    <fieldset
      className="grid min-w-0 gap-x-4 gap-y-2 border-b border-slate-200 pb-4 md:grid-cols-2 xl:grid-cols-[minmax(18rem,1.2fr)_minmax(12rem,1fr)_minmax(10rem,0.8fr)]"
      data-testid="contact-row"
    >
      <legend className="sr-only">{fill(l.contact, { number: n })}</legend>
      <div className="min-w-0">
        <label htmlFor={`kind-${index}`} className="block text-sm font-medium">
          {fill(l.role, { number: n })}
        </label>
        <select
          id={`kind-${index}`}
          name={`kind-${index}`}
          defaultValue={isContactKind(c.kind) ? c.kind : defaultContactKind(index)}
          className={INPUT}
        >
          {(Object.keys(CONTACT_KINDS) as TContactKind[]).map((k) => (
            <option key={k} value={k}>
              {l.kinds[k]}
            </option>
          ))}
        </select>
      </div>
      <div className="min-w-0">
        <label htmlFor={`name-${index}`} className="block text-sm font-medium">
          {l.name}
        </label>
        <input id={`name-${index}`} name={`name-${index}`} defaultValue={c.name} maxLength={120} className={INPUT} />
      </div>
      <div className="min-w-0">
        <label htmlFor={`phone-${index}`} className="block text-sm font-medium">
          {l.phone}
        </label>
        <input
          id={`phone-${index}`}
          name={`phone-${index}`}
          type="tel"
          autoComplete="off"
          defaultValue={c.phone}
          maxLength={25}
          className={INPUT}
        />
      </div>
      <div className="min-w-0">
        <label htmlFor={`email-${index}`} className="block text-sm font-medium">
          {l.emailOptional}
        </label>
        <input
          id={`email-${index}`}
          name={`email-${index}`}
          type="email"
          autoComplete="off"
          defaultValue={c.email}
          maxLength={254}
          className={INPUT}
        />
      </div>
      <div className="min-w-0 md:col-span-2">
        <label htmlFor={`notes-${index}`} className="block text-sm font-medium">
          {l.notesOptional}
        </label>
        <div className="mt-1 flex flex-wrap items-start gap-2">
          <input
            id={`notes-${index}`}
            name={`notes-${index}`}
            defaultValue={c.notes}
            maxLength={300}
            className={`${FIELD} flex-1 basis-48`}
          />
          <button
            type="submit"
            name="intent"
            value={`remove-${index}`}
            onClick={onRemove}
            className="rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium text-red-800 hover:bg-red-50"
          >
            {l.remove}
            <span className="sr-only">{fill(l.removeWhich, { number: n })}</span>
          </button>
        </div>
      </div>
    </fieldset>
  );
}
