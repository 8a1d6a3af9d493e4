/**
 * For an action that cannot be undone: the person types a word (ERASE, REVOKE) to show they mean it. The server
 * checks the word too; `error` is what it said about this field, if anything.
 */
export function TypedConfirmation({
  id,
  label,
  error,
}: {
  id: string;
  /** The label in the page's language ("Type ERASE to confirm"), naming the word. */
  label: string;
  error?: string;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        name="confirm"
        type="text"
        required
        autoComplete="off"
        spellCheck={false}
        aria-describedby={error ? `${id}-error` : undefined}
        className="mt-1 w-full max-w-xs rounded-md border border-slate-400 bg-white px-3 py-2"
      />
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
