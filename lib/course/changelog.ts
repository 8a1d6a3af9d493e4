import { z } from "zod";
import type { TContentError, TCourse } from "./types";

// Kept apart from schema.ts: the changelog is read by the learner's course page and the evidence
// pack as well as checked, and its rules (order, known lessons, the current version) are its own.

const VERSION = /^(\d{4})\.(\d{1,2})\.(\d+)$/;
const ZText = z.string().trim().min(1, "must not be empty");

export const ZChangelogChange = z.strictObject({
  /** The lesson id (never changes once published), so the learner's page can link to it. */
  lesson: z.string().min(1),
  what: ZText,
  why: ZText,
});

export const ZChangelogEntry = z.strictObject({
  version: z.string().regex(VERSION, "must look like 2026.11.0"),
  date: z.preprocess(
    (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
    z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date like 2026-11-24"),
  ),
  summary: ZText,
  changes: z.array(ZChangelogChange).default([]),
});

export const ZChangelog = z.array(ZChangelogEntry).min(1, "needs at least the entry for the current version");

export type TChangelogEntry = z.infer<typeof ZChangelogEntry>;

/** Compares two course versions part by part (2026.11.10 is newer than 2026.11.9). Unparseable sorts first. */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) => VERSION.exec(v)?.slice(1).map(Number) ?? [-1, -1, -1];
  const [pa, pb] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

/**
 * The changelog's own rules, beyond its shape: newest first with no version twice, the newest entry
 * is course.yaml's version (so a version bump cannot ship without saying what changed), and every
 * change names a lesson that exists (the learner is sent to it).
 */
export function checkChangelog(
  file: string,
  entries: TChangelogEntry[],
  courseVersion: string,
  lessonIds: ReadonlySet<string>,
): TContentError[] {
  const errors: TContentError[] = [];
  entries.forEach((entry, i) => {
    const older = entries[i + 1];
    if (older && compareVersions(entry.version, older.version) <= 0)
      errors.push({
        file,
        message: `entries must be newest first, each version once: ${entry.version} is listed before ${older.version}`,
      });
    if (older && entry.date < older.date)
      errors.push({
        file,
        message: `version ${entry.version} is dated ${entry.date}, before the older version ${older.version} (${older.date})`,
      });
    const seen = new Set<string>();
    for (const change of entry.changes) {
      if (!lessonIds.has(change.lesson))
        errors.push({ file, message: `version ${entry.version}: lesson "${change.lesson}" does not exist` });
      if (seen.has(change.lesson))
        errors.push({
          file,
          message: `version ${entry.version}: lesson "${change.lesson}" is listed twice: say everything that changed in it once`,
        });
      seen.add(change.lesson);
    }
  });
  if (!entries.some((e) => e.version === courseVersion))
    errors.push({
      file,
      message: `course.yaml's version ${courseVersion} has no entry: say what changed in it, and why`,
    });
  else if (entries[0]?.version !== courseVersion)
    errors.push({
      file,
      message: `the newest entry (${entries[0]?.version}) is newer than course.yaml's version ${courseVersion}`,
    });
  return errors;
}

export type TChangeSince = { moduleId: string; lessonId: string; lessonTitle: string; what: string; why: string };
export type TChangesSinceEntry = { version: string; date: string; summary: string; changes: TChangeSince[] };

/**
 * What changed after the version a learner completed, newest first, each change with the lesson it
 * links to. Empty when they completed the current version. A version the changelog does not know
 * (older than its first entry) gets every entry newer than it, never none.
 */
export function changesSince(
  course: Pick<TCourse, "changelog" | "modules">,
  completedVersion: string,
): TChangesSinceEntry[] {
  const lessons = new Map(
    course.modules.flatMap((m) => m.lessons.map((l) => [l.id, { moduleId: m.id, title: l.title }] as const)),
  );
  return course.changelog
    .filter((entry) => compareVersions(entry.version, completedVersion) > 0)
    .map((entry) => ({
      version: entry.version,
      date: entry.date,
      summary: entry.summary,
      changes: entry.changes.flatMap((c) => {
        const lesson = lessons.get(c.lesson);
        return lesson
          ? [{ moduleId: lesson.moduleId, lessonId: c.lesson, lessonTitle: lesson.title, what: c.what, why: c.why }]
          : [];
      }),
    }));
}
