/**
 * The labelled fields of a filter form (a plain GET form above a table): a select whose first option means
 * "no filter", and a search box. One look, and the label always tied to its control.
 */

export type TFilterOption = { value: string; label: string };

const LABEL = "block text-sm font-medium";

export function FilterSelect({
  id,
  name,
  label,
  defaultValue,
  anyOption,
  options,
}: {
  id: string;
  name: string;
  label: string;
  defaultValue: string;
  /** The first option: no filter ("All groups"), with its value ("" unless given). */
  anyOption: TFilterOption;
  options: TFilterOption[];
}) {
  return (
    <div>
      <label htmlFor={id} className={LABEL}>
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
        className="mt-1 rounded-md border border-slate-400 px-2 py-2"
      >
        {[anyOption, ...options].map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A search box that takes the row's remaining width. */
export function FilterSearch({
  id,
  name,
  label,
  defaultValue,
}: {
  id: string;
  name: string;
  label: string;
  defaultValue: string;
}) {
  return (
    <div className="grow">
      <label htmlFor={id} className={LABEL}>
        {label}
      </label>
      <input
        id={id}
        name={name}
        defaultValue={defaultValue}
        className="mt-1 w-full rounded-md border border-slate-400 px-3 py-2"
      />
    </div>
  );
}

/** The form's submit button. */
export function FilterButton({ children }: { children: React.ReactNode }) {
  return (
    <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
      {children}
    </button>
  );
}
