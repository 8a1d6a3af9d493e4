import { formatCalendarDay } from "../format/dates";
import type { TSource } from "./schema";

// sources.yaml records an article that names no publisher this way, so that every source says something; a reader
// is better served by leaving it out than by reading it.
const UNNAMED_PUBLISHER = /^not named/i;

/**
 * A source as a reader would cite it, after its label: the title, the publisher where the article names one, and the
 * date (UK style) or when a web page was checked. Never the repository's own file names.
 */
export function citationText(source: TSource): string {
  const publisher = UNNAMED_PUBLISHER.test(source.publisher) ? "" : `, ${source.publisher}`;
  if (source.kind === "article")
    return `“${source.title}”${publisher}${source.published ? `, published ${formatCalendarDay(source.published)}` : ""}.`;
  return `“${source.title}”${publisher}, checked ${formatCalendarDay(source.checked)}.`;
}
