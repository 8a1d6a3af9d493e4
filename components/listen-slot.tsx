"use client";

import { useEffect, useState, type ComponentType } from "react";
import type { TListenControlProps } from "./listen-control";

/**
 * Where the lesson's Listen control goes. The control and its reading logic are fetched only after the page has
 * loaded and only where the browser has speech synthesis, so they add nothing to the lesson's first-load
 * JavaScript and nothing at all where the browser cannot speak. Renders nothing until then (and for good there).
 */
export function ListenSlot(props: TListenControlProps) {
  const [Control, setControl] = useState<ComponentType<TListenControlProps> | null>(null);
  useEffect(() => {
    if (typeof window.speechSynthesis?.speak !== "function" || typeof window.SpeechSynthesisUtterance !== "function")
      return;
    let live = true;
    import("./listen-control").then((m) => live && setControl(() => m.ListenControl)).catch(() => undefined); // a chunk that fails to load leaves the lesson as it was, without Listen
    return () => {
      live = false;
    };
  }, []);
  return Control ? <Control {...props} /> : null;
}
