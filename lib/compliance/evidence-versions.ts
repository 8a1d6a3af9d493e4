import { compareVersions, type TChangelogEntry } from "../course/changelog";
import type { TRenewalPolicy } from "../course/schema";
import { formatCalendarDay, formatDayOfYear } from "../format/dates";
import { englishEvidenceWords, type TEvidenceWords } from "./evidence-words";

export type TVersionCount = { version: string; people: number };

type TWords = Pick<TEvidenceWords, "t" | "locale">;

/**
 * The evidence pack's "content versions" lines, in the reader's language (TrainerEvidencePdf): each version with how
 * many hold it, and for a version older than the current one, what has changed since (from content/changelog.yaml,
 * whose summaries are the course's own words), so an inspector can see what those people were not taught and where
 * the detail is.
 */
export function describeVersions(
  versions: TVersionCount[],
  currentVersion: string,
  changelog: TChangelogEntry[],
  { t, locale }: TWords = englishEvidenceWords(),
): { text: string; detail: string[] }[] {
  return [...versions]
    .sort((a, b) => compareVersions(b.version, a.version))
    .map((v) => {
      const text = t("versionLine", {
        version: v.version,
        people: v.people,
        current: v.version === currentVersion ? "yes" : "no",
      });
      if (compareVersions(v.version, currentVersion) >= 0) return { text, detail: [] };
      const newer = changelog.filter((e) => compareVersions(e.version, v.version) > 0);
      return {
        text,
        detail: [
          t("versionOlder", { current: currentVersion }),
          ...newer.map((e) =>
            t("versionChange", {
              version: e.version,
              date: formatCalendarDay(e.date, { locale }),
              summary: e.summary,
            }),
          ),
        ],
      };
    });
}

/** The course's renewal policy for the evidence pack, in the reader's language: "Renew every 12 months from completion". */
export function describeRenewal(policy: TRenewalPolicy, { t, locale }: TWords = englishEvidenceWords()): string {
  return policy.kind === "rolling"
    ? t("renewalRolling", { months: policy.months, graceDays: policy.graceDays })
    : t("renewalYearly", {
        day: formatDayOfYear(policy.month, policy.day, { locale }),
        graceDays: policy.graceDays,
      });
}
