"use client";

import { useEffect } from "react";

/**
 * Measures how long the lesson is open and visible, and reports it when the learner leaves or hides
 * the page, for the time-spent figure on their completion record. Renders nothing.
 */
export function LessonTimer({ moduleId, lessonId }: { moduleId: string; lessonId: string }) {
  useEffect(() => {
    let visibleSince: number | null = document.visibilityState === "visible" ? Date.now() : null;
    let pending = 0;

    const flush = () => {
      if (visibleSince !== null) pending += (Date.now() - visibleSince) / 1000;
      visibleSince = null;
      const seconds = Math.round(pending);
      if (seconds < 1) return;
      pending = 0;
      const body = new Blob([JSON.stringify({ moduleId, lessonId, seconds })], { type: "application/json" });
      if (!navigator.sendBeacon?.("/api/lesson-time", body)) {
        void fetch("/api/lesson-time", {
          method: "POST",
          body,
          keepalive: true,
          headers: { "Content-Type": "application/json" },
        });
      }
    };
    const onVisibility = () => {
      if (document.visibilityState === "visible") visibleSince = Date.now();
      else flush();
    };

    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("pagehide", flush);
    return () => {
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("pagehide", flush);
      flush(); // client-side navigation to the next lesson
    };
  }, [moduleId, lessonId]);
  return null;
}
