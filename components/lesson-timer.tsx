"use client";

import { useEffect, useRef } from "react";

const postJson = (url: string, body: Blob) =>
  fetch(url, { method: "POST", body, keepalive: true, headers: { "Content-Type": "application/json" } });

/**
 * Records that the lesson was shown, which is what counts it as read (drawing the page records nothing, so the page
 * can be cached and a prefetch or a crawler marks nothing read; with scripts off, the lesson's Next records it).
 * Then measures how long the lesson is open and visible, and reports it when the learner leaves or hides the page,
 * for the time-spent figure on their completion record. Renders nothing.
 */
export function LessonTimer({ moduleId, lessonId }: { moduleId: string; lessonId: string }) {
  // One recording each time a lesson is shown: React's second run of effects in development is not a second visit.
  const recording = useRef<{ lesson: string; answered: Promise<unknown> } | null>(null);

  useEffect(() => {
    const lesson = `${moduleId}/${lessonId}`;
    if (recording.current?.lesson !== lesson) {
      const view = new Blob([JSON.stringify({ moduleId, lessonId })], { type: "application/json" });
      recording.current = { lesson, answered: postJson("/api/lesson-views", view).catch(() => undefined) };
    }
    const recorded = recording.current.answered;
    let visibleSince: number | null = document.visibilityState === "visible" ? Date.now() : null;
    let pending = 0;

    const send = (body: Blob) => {
      if (!navigator.sendBeacon?.("/api/lesson-time", body)) void postJson("/api/lesson-time", body);
    };
    const flush = () => {
      if (visibleSince !== null) pending += (Date.now() - visibleSince) / 1000;
      visibleSince = null;
      const seconds = Math.round(pending);
      if (seconds < 1) return;
      pending = 0;
      const body = new Blob([JSON.stringify({ moduleId, lessonId, seconds })], { type: "application/json" });
      // Time is only added to a view already recorded, so it goes once the recording has been answered.
      void recorded.then(() => send(body));
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
