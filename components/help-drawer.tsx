"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

const SMALL_SCREEN = "(max-width: 63.99rem)"; // below Tailwind's lg, where the panel follows the page

// A wide page (the trainer and administration areas) has the panel after it, as a phone does.
const afterThePage = () =>
  window.matchMedia(SMALL_SCREEN).matches || document.querySelector("[data-wide-page]") !== null;

/**
 * The Get help panel's full list: always open beside the page on wide screens; on a phone (and on the wide trainer and
 * administration pages), where it follows the page, a drawer that opens on a tap or from the header's "Get help" link. It is drawn
 * open, so without script (or before it runs) nothing is hidden; on a phone the panel is below the page, so
 * closing it then moves nothing in view.
 */
export function HelpDrawer({ summary, children }: { summary: string; children: React.ReactNode }) {
  const drawer = useRef<HTMLDetailsElement>(null);
  // The layout (and this drawer) stays across navigations: fit again on each page, which may be a wide one.
  const pathname = usePathname();
  useEffect(() => {
    const details = drawer.current;
    if (!details) return;
    const small = window.matchMedia(SMALL_SCREEN);
    const askedFor = () => window.location.hash === "#get-help";
    const fit = () => {
      details.open = !afterThePage() || askedFor();
    };
    const open = (event: Event) => {
      if (event.type === "hashchange" ? askedFor() : (event.target as Element | null)?.closest?.('a[href="#get-help"]'))
        details.open = true;
    };
    fit();
    small.addEventListener("change", fit);
    window.addEventListener("hashchange", open);
    document.addEventListener("click", open);
    return () => {
      small.removeEventListener("change", fit);
      window.removeEventListener("hashchange", open);
      document.removeEventListener("click", open);
    };
  }, [pathname]);
  // Escape closes the drawer from anywhere inside it and puts focus back on its summary, as a disclosure should; beside
  // the page on a wide screen the list is not a drawer, and stays.
  const closeOnEscape = (event: React.KeyboardEvent<HTMLDetailsElement>) => {
    const details = event.currentTarget;
    if (event.key !== "Escape" || !details.open || !afterThePage()) return;
    details.open = false;
    details.querySelector("summary")?.focus();
  };
  return (
    <details ref={drawer} open onKeyDown={closeOnEscape} className="help-drawer mt-2">
      <summary className="help-summary cursor-pointer py-1 font-semibold text-help-700 underline lg:hidden">
        {summary}
      </summary>
      {children}
    </details>
  );
}
