/**
 * Recovery codes, shown once: as a list to copy or print, and as a text file to download. A data: link rather
 * than a route, so the codes never travel again and are not kept anywhere but with the person.
 */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  const file = [
    "Safeguarding training: recovery codes",
    "Each code works once, in place of a code from your authenticator app.",
    "",
    ...codes,
    "",
  ].join("\n");
  return (
    <section aria-labelledby="recovery-codes-title" className="rounded-md border border-amber-300 bg-amber-50 p-4">
      <h2 id="recovery-codes-title" className="font-bold">
        Your recovery codes
      </h2>
      <p className="mt-1 text-slate-800">
        Keep these somewhere safe, away from your phone (printed, or in a password manager). If you lose your phone,
        each one lets you sign in once. They will not be shown again.
      </p>
      <ol className="mt-3 grid grid-cols-2 gap-x-6 gap-y-1 font-mono text-lg" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
      <a
        href={`data:text/plain;charset=utf-8,${encodeURIComponent(file)}`}
        download="recovery-codes.txt"
        className="mt-3 inline-block font-medium text-brand-700 underline"
      >
        Download as a text file
      </a>
    </section>
  );
}
