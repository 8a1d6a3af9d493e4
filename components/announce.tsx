"use client";

import { useEffect, useState } from "react";

/**
 * Says `text` to a screen reader once the page has arrived, through a polite live region. The region is drawn empty
 * and filled after it is in the page, because screen readers announce a change to a live region, not one that
 * arrives already holding its text. Hidden from view: the same words are on the page for everyone.
 */
export function Announce({ text }: { text: string }) {
  const [said, setSaid] = useState("");
  useEffect(() => {
    const timer = window.setTimeout(() => setSaid(text), 100);
    return () => window.clearTimeout(timer);
  }, [text]);
  return (
    <p role="status" className="sr-only" data-testid="announcement">
      {said}
    </p>
  );
}
