// What a rendered page links to: its lesson paths and its script chunks.
import type { TCourse } from "../lib/course/types";
import { lessonPath, modulePath, quizPath } from "../lib/course/paths";

/** The learner pages whose first-load JavaScript is measured, the lesson under load first. */
export function learnerPages(course: TCourse): string[] {
  const first = course.modules[0];
  const lesson = first?.lessons[1] ?? first?.lessons[0];
  if (!first || !lesson) throw new Error("the course has no lessons");
  return [lessonPath(first.id, lesson.id), "/course", modulePath(first.id), quizPath(first.id)];
}

/**
 * The same-origin scripts a browser of today loads for a page (Next's chunks), in document order,
 * without repeats. `noModule` scripts (Next's polyfills for old browsers) are skipped: modern browsers
 * neither download nor run them, and Next's own first-load figures left them out too.
 */
export function scriptSources(html: string): string[] {
  const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !/\snomodule\b/i.test(tag));
  const sources = tags.flatMap((tag) => /\bsrc="([^"]+)"/.exec(tag)?.[1]?.replace(/&amp;/g, "&") ?? []);
  return [...new Set(sources.filter((s) => s.startsWith("/")))];
}

/** The text of inline scripts (mostly the React Server Components payload Next embeds in the HTML). */
export function inlineScripts(html: string): string {
  return [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? "").join("");
}
