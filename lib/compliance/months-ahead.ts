import { calendarDayOf, ORGANISATION_TIME_ZONE } from "../dates/calendar-day";
import type { TEnrolmentFacts } from "../enrolments/status";

/** How many months the chart looks ahead: this calendar month and the next five. */
export const MONTHS_AHEAD = 6;

export type TMonthAhead = {
  /** The calendar month in the organisation's time zone, "2027-03". */
  month: string;
  /** People who become overdue during it unless they complete first. */
  becomingOverdue: number;
  /** Certificates that run out during it (the end of any grace period), unless renewed first. */
  expiring: number;
};

/**
 * The first instant a learner is overdue if nothing changes (they do not complete, and nobody moves the date), by
 * learnerStatus's rule: overdue once they hold no current certificate (validUntil has come) and the due date has
 * passed (dueAt is the last millisecond of the due day, so one millisecond later). Null when they never will be
 * (no due date). Overdue at every instant from it on, and at none before it.
 */
export function overdueFrom(e: Pick<TEnrolmentFacts, "dueAt" | "validUntil">): Date | null {
  if (!e.dueAt) return null;
  const pastDue = e.dueAt.getTime() + 1;
  return new Date(e.validUntil ? Math.max(pastDue, e.validUntil.getTime()) : pastDue);
}

function monthOf(instant: Date, timeZone: string): string {
  return calendarDayOf(instant, timeZone).slice(0, 7);
}

/** The month key `n` months after "2027-03". */
function addMonths(month: string, n: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/**
 * For this calendar month and the next five (in the organisation's time zone): how many people become overdue in
 * each unless they complete first, and how many certificates run out. Only what is still to come: someone overdue
 * already, or a certificate already lapsed, is in the headline figures instead.
 */
export function monthsAhead(
  rows: readonly Pick<TEnrolmentFacts, "dueAt" | "validUntil">[],
  now: Date,
  timeZone = ORGANISATION_TIME_ZONE,
): TMonthAhead[] {
  const first = monthOf(now, timeZone);
  const months: TMonthAhead[] = Array.from({ length: MONTHS_AHEAD }, (_, i) => ({
    month: addMonths(first, i),
    becomingOverdue: 0,
    expiring: 0,
  }));
  const slot = new Map(months.map((m) => [m.month, m]));
  for (const row of rows) {
    const from = overdueFrom(row);
    if (from && from > now) {
      const m = slot.get(monthOf(from, timeZone));
      if (m) m.becomingOverdue++;
    }
    if (row.validUntil && row.validUntil > now) {
      const m = slot.get(monthOf(row.validUntil, timeZone));
      if (m) m.expiring++;
    }
  }
  return months;
}
