"use client";

import { useErrorPageText } from "@/components/error-page-text";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  // The words come from the root layout, translated on the server (ErrorPages messages).
  const text = useErrorPageText();
  return (
    <div className="rounded-xl bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-bold">{text?.heading}</h1>
      <p className="mt-2 text-slate-700">{text?.body}</p>
      <button type="button" onClick={reset} className="mt-4 rounded-md bg-brand-700 px-4 py-2 font-medium text-white">
        {text?.tryAgain}
      </button>
    </div>
  );
}
