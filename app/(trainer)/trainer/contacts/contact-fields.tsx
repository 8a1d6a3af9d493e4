import { CONTACT_KINDS, type listManagedContacts } from "@/lib/people/contacts";

type TContact = Awaited<ReturnType<typeof listManagedContacts>>["contacts"][number];

/** One row of the contacts form: its fields are numbered so the action reads them back in order. */
export function ContactFields({ index, contact: c }: { index: number; contact?: TContact }) {
  return (
    <fieldset className="grid gap-2 border-b border-slate-200 pb-3 sm:grid-cols-[14rem_1fr_10rem]">
      <legend className="sr-only">Contact {index + 1}</legend>
      <div>
        <label htmlFor={`kind-${index}`} className="block text-sm font-medium">
          Contact {index + 1}: role
        </label>
        <select
          id={`kind-${index}`}
          name={`kind-${index}`}
          defaultValue={c?.kind ?? (index === 0 ? "DSL" : index === 1 ? "DEPUTY_DSL" : "OTHER")}
          className="w-full rounded-md border border-slate-400 px-2 py-1.5"
        >
          {Object.entries(CONTACT_KINDS).map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`name-${index}`} className="block text-sm font-medium">
          Name
        </label>
        <input
          id={`name-${index}`}
          name={`name-${index}`}
          defaultValue={c?.name ?? ""}
          maxLength={120}
          className="w-full rounded-md border border-slate-400 px-2 py-1.5"
        />
      </div>
      <div>
        <label htmlFor={`phone-${index}`} className="block text-sm font-medium">
          Phone
        </label>
        <input
          id={`phone-${index}`}
          name={`phone-${index}`}
          type="tel"
          defaultValue={c?.phone ?? ""}
          maxLength={25}
          className="w-full rounded-md border border-slate-400 px-2 py-1.5"
        />
      </div>
      <div className="sm:col-span-2">
        <label htmlFor={`email-${index}`} className="block text-sm font-medium">
          Email (optional)
        </label>
        <input
          id={`email-${index}`}
          name={`email-${index}`}
          type="email"
          defaultValue={c?.email ?? ""}
          maxLength={254}
          className="w-full rounded-md border border-slate-400 px-2 py-1.5"
        />
      </div>
      <div>
        <label htmlFor={`notes-${index}`} className="block text-sm font-medium">
          Notes (optional)
        </label>
        <input
          id={`notes-${index}`}
          name={`notes-${index}`}
          defaultValue={c?.notes ?? ""}
          maxLength={300}
          className="w-full rounded-md border border-slate-400 px-2 py-1.5"
        />
      </div>
    </fieldset>
  );
}
