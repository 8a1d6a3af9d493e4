// Every date and time a person reads, in one place: each function takes the locale and time zone (UK English and
// the organisation's time zone by default), so a Welsh interface or another zone is an argument, not a search.
import { ORGANISATION_TIME_ZONE } from "../dates/calendar-day";

export const DEFAULT_LOCALE = "en-GB";

/** Whose conventions to format by: a BCP 47 locale ("en-GB", "cy") and an IANA time zone ("Europe/London"). */
export type TFormatOptions = { locale?: string; timeZone?: string };

const STYLES = {
  /** "7 December 2025": certificates, learner pages, emails, exports. */
  long: { day: "numeric", month: "long", year: "numeric" },
  /** "7 Dec 2025": tables, where the long form makes columns collide. */
  short: { day: "numeric", month: "short", year: "numeric" },
  /** "07/12/2025, 14:03:09": logs (audit, outbox, attempts), as toLocaleString writes it. */
  dateTime: {
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  },
  /** "14:03". */
  time: { hour: "2-digit", minute: "2-digit" },
  /** "March 2027": a calendar month (a chart's month ahead). */
  month: { month: "long", year: "numeric" },
  /** "Mar": a month on a chart's axis, the year said elsewhere. */
  shortMonth: { month: "short" },
  /** "Tuesday 1 December": a day in the coming week. */
  weekday: { weekday: "long", day: "numeric", month: "long" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

// Built once per locale, zone and style: toLocaleDateString builds a new formatter on every call (~120 µs each here,
// which made the 50,000-row CSV export spend ~25 s formatting dates); format() on a kept one costs ~5 µs.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(style: keyof typeof STYLES, options: TFormatOptions): Intl.DateTimeFormat {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const timeZone = options.timeZone ?? ORGANISATION_TIME_ZONE;
  const key = `${style}|${locale}|${timeZone}`;
  let kept = formatters.get(key);
  if (!kept) {
    kept = new Intl.DateTimeFormat(locale, { ...STYLES[style], timeZone });
    formatters.set(key, kept);
  }
  return kept;
}

/** "7 December 2025": the day an instant falls on where the organisation is. */
export function formatDate(date: Date, options: TFormatOptions = {}): string {
  return formatter("long", options).format(date);
}

/** "7 Dec 2025": for tables, where the long form makes columns collide. */
export function formatShortDate(date: Date, options: TFormatOptions = {}): string {
  return formatter("short", options).format(date);
}

/** "07/12/2025, 14:03:09": when something happened, to the second (logs and records). */
export function formatDateTime(date: Date, options: TFormatOptions = {}): string {
  return formatter("dateTime", options).format(date);
}

/** "Tuesday 1 December": a day soon enough that the year goes without saying. */
export function formatWeekday(date: Date, options: TFormatOptions = {}): string {
  return formatter("weekday", options).format(date);
}

/** "14:03": the time of day, hours and minutes. */
export function formatTime(date: Date, options: TFormatOptions = {}): string {
  return formatter("time", options).format(date);
}

/**
 * A calendar day written as "2025-12-07" (a changelog entry, not an instant), in the long style: the same
 * wherever the reader is, as a day is not moved by time zones.
 */
export function formatCalendarDay(day: string, options: Pick<TFormatOptions, "locale"> = {}): string {
  return formatter("long", { locale: options.locale, timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));
}

/** "31 August", "1 Medi": a day that recurs each year (a fixed renewal date), month 1–12. */
export function formatDayOfYear(month: number, day: number, options: Pick<TFormatOptions, "locale"> = {}): string {
  // The long date without its year: CLDR's day-and-month pattern for Welsh is "Medi 1", which Welsh does not write,
  // while its long date ("1 Medi 2001") is right. 2001, not a leap year, never matters: a policy cannot name 29 February.
  const parts = formatter("long", { locale: options.locale, timeZone: "UTC" }).formatToParts(
    new Date(Date.UTC(2001, month - 1, day)),
  );
  const year = parts.findIndex((p) => p.type === "year");
  // The year and the separator between it and the rest (before it, or after it where the year comes first).
  const separator = year === 0 ? 1 : year - 1;
  return parts
    .filter((p, i) => i !== year && !(i === separator && p.type === "literal"))
    .map((p) => p.value)
    .join("")
    .trim();
}

const MONTH = /^(\d{4})-(\d{2})$/;

/**
 * A calendar month written as "2027-03" (a month in the organisation's time zone, as lib/compliance/months-ahead.ts
 * keys them), in full ("March 2027") or, for a chart's axis, short ("Mar"). Not moved by time zones, like a day.
 */
export function formatCalendarMonth(
  month: string,
  options: Pick<TFormatOptions, "locale"> & { short?: boolean } = {},
): string {
  const match = MONTH.exec(month);
  const m = Number(match?.[2]);
  if (!match || m < 1 || m > 12) throw new RangeError(`Not a calendar month (YYYY-MM): "${month}"`);
  const date = new Date(Date.UTC(Number(match[1]), m - 1, 1));
  return formatter(options.short ? "shortMonth" : "month", { locale: options.locale, timeZone: "UTC" }).format(date);
}
