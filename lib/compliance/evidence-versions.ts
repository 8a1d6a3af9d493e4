import { compareVersions, type TChangelogEntry } from "../course/changelog";

export type TVersionCount = { version: string; people: number };

/**
 * The evidence pack's "content versions" lines: each version with how many hold it, and for a
 * version older than the current one, what has changed since (from content/changelog.yaml), so an
 * inspector can see what those people were not taught and where the detail is.
 */
export function describeVersions(
  versions: TVersionCount[],
  currentVersion: string,
  changelog: TChangelogEntry[],
): { text: string; detail: string[] }[] {
  return [...versions]
    .sort((a, b) => compareVersions(b.version, a.version))
    .map((v) => {
      const text = `Version ${v.version}: ${v.people} ${v.people === 1 ? "person" : "people"}${v.version === currentVersion ? " (the current version)" : ""}`;
      if (compareVersions(v.version, currentVersion) >= 0) return { text, detail: [] };
      const newer = changelog.filter((e) => compareVersions(e.version, v.version) > 0);
      return {
        text,
        detail: [
          `Older than the current version ${currentVersion}. What changed since, lesson by lesson and why, is in the course changelog (content/changelog.yaml); these people are shown it on their course page when they renew.`,
          ...newer.map((e) => `${e.version} (${e.date}): ${e.summary}`),
        ],
      };
    });
}
