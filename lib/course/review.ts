import type { TSource } from "./schema";

/** A cited source whose figures should be looked at again: too old, or undated. */
export type TReviewDue = { sourceId: string; label: string; date?: string; citedIn: string[] };

/** `date` (YYYY-MM-DD) plus `months`, as a YYYY-MM-DD string; the day is clamped to the month's end. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

/** Today's date as the checker sees it (UTC), or the date a test injects. */
export function isoDay(today: Date): string {
  return today.toISOString().slice(0, 10);
}

/**
 * Sources cited beside a figure whose date (published for an article, checked for a web page) is
 * more than `reviewAfterMonths` before today, or which give no date at all. A report, not a failure.
 */
export function listStatisticsDueForReview(
  sources: Record<string, TSource>,
  citedWithFigures: Map<string, Set<string>>,
  reviewAfterMonths: number,
  today: string,
): TReviewDue[] {
  const due: TReviewDue[] = [];
  for (const [sourceId, files] of citedWithFigures) {
    const source = sources[sourceId];
    if (!source) continue;
    const date = source.kind === "web" ? source.checked : source.published;
    if (date && addMonths(date, reviewAfterMonths) > today) continue;
    due.push({ sourceId, label: source.label, date, citedIn: [...files].sort() });
  }
  return due.sort((a, b) => (a.date ?? "").localeCompare(b.date ?? "") || a.sourceId.localeCompare(b.sourceId));
}

/** The course's statisticsReviewed date fails once it is more than 12 months old. */
export function statisticsReviewStale(statisticsReviewed: string, today: string): boolean {
  return addMonths(statisticsReviewed, 12) < today;
}
