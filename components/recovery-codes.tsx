/**
 * Recovery codes, shown once: as a list to copy or print, and as a text file to download. A data: link rather
 * than a route, so the codes never travel again and are not kept anywhere but with the person.
 */
export type TRecoveryCodesText = {
  heading: string;
  body: string;
  download: string;
  fileName: string;
  fileTitle: string;
  fileBody: string;
};

/** The words come from the server that places it (RecoveryCodes messages). */
export function RecoveryCodes({ codes, text }: { codes: string[]; text: TRecoveryCodesText }) {
  const file = [text.fileTitle, text.fileBody, "", ...codes, ""].join("\n");
  return (
    <section aria-labelledby="recovery-codes-title" className="rounded-md border border-amber-300 bg-amber-50 p-4">
      <h2 id="recovery-codes-title" className="font-bold">
        {text.heading}
      </h2>
      <p className="mt-1 text-slate-800">{text.body}</p>
      <ol className="mt-3 grid grid-cols-2 gap-x-6 gap-y-1 font-mono text-lg" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
      <a
        href={`data:text/plain;charset=utf-8,${encodeURIComponent(file)}`}
        download={text.fileName}
        className="mt-3 inline-block font-medium text-brand-700 underline"
      >
        {text.download}
      </a>
    </section>
  );
}
