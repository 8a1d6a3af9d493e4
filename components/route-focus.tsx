"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

const FIELDS = "input, textarea, select, [contenteditable]";

/**
 * After a move to another page inside the app (a link, or a form whose action redirects), focus goes to the new
 * page's main heading, as a full page load would put a screen reader at the top: otherwise it stays on the link or
 * button that was pressed (or falls to the body when that was part of the old page), and a screen reader hears
 * nothing of the new page. The first load is left alone, and so is a page that put focus in a field itself.
 */
export function RouteFocus() {
  const pathname = usePathname();
  const shown = useRef(pathname);
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    const main = document.getElementById("main");
    if (!main) return;
    const focusHeading = () => {
      const active = document.activeElement;
      if (active && active !== document.body && main.contains(active) && active.matches(FIELDS)) return true;
      const heading = main.querySelector<HTMLElement>("h1");
      if (!heading) return false;
      if (!heading.hasAttribute("tabindex")) heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
      return true;
    };
    if (focusHeading()) return;
    // A page still streaming in has no heading yet: wait for it a little, then settle for main itself.
    const observer = new MutationObserver(() => {
      if (focusHeading()) stop();
    });
    const timer = window.setTimeout(() => {
      stop();
      main.focus({ preventScroll: true });
    }, 2000);
    const stop = () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
    observer.observe(main, { childList: true, subtree: true });
    return stop;
  }, [pathname]);
  return null;
}
