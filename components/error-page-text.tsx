"use client";

import { createContext, useContext } from "react";

export type TErrorPageText = { heading: string; body: string; tryAgain: string };

const ErrorPageTextContext = createContext<TErrorPageText | null>(null);

/**
 * The error page's words in the page's language, handed down by the root layout (a server component): app/error.tsx
 * is a client component with no server to translate for it, and a message catalogue in the browser would cost every
 * page its weight.
 */
export function ErrorPageTextProvider({ text, children }: { text: TErrorPageText; children: React.ReactNode }) {
  return <ErrorPageTextContext.Provider value={text}>{children}</ErrorPageTextContext.Provider>;
}

export function useErrorPageText(): TErrorPageText | null {
  return useContext(ErrorPageTextContext);
}
