// Calendar days (a due date is one) against instants (what the database stores). A day is always a day in the
// organisation's time zone: "30 June" means until midnight in London, in British Summer Time as in winter.

/** The organisations' time zone: the one every stored calendar day and every shown date is read in. */
export const ORGANISATION_TIME_ZONE = "Europe/London";

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsIn(
  instant: Date,
  timeZone: string,
): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  let format = partsFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    partsFormatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** How far the zone's wall clock is ahead of UTC at this instant, in milliseconds (3,600,000 in British Summer Time). */
function offsetAt(instant: number, timeZone: string): number {
  const p = partsIn(new Date(instant), timeZone);
  const wallClockAsUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wallClockAsUtc - (instant - (((instant % 1000) + 1000) % 1000));
}

function parseDay(day: string): [number, number, number] {
  const match = DAY.exec(day);
  const [y, m, d] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [NaN, NaN, NaN];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (!match || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    throw new RangeError(`Not a calendar day (YYYY-MM-DD): "${day}"`);
  return [y, m, d];
}

/** The calendar day ("2027-06-30") that an instant falls on in the time zone. */
export function calendarDayOf(instant: Date, timeZone = ORGANISATION_TIME_ZONE): string {
  const p = partsIn(instant, timeZone);
  return `${String(p.year).padStart(4, "0")}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
}

/** The first instant of a calendar day ("2027-06-30") in the time zone: its local midnight. */
export function startOfCalendarDay(day: string, timeZone = ORGANISATION_TIME_ZONE): Date {
  const [y, m, d] = parseDay(day);
  const midnightAsUtc = Date.UTC(y, m - 1, d);
  // The offset at UTC midnight is right unless the clocks change between the two midnights; then the second look is.
  const guess = midnightAsUtc - offsetAt(midnightAsUtc, timeZone);
  return new Date(midnightAsUtc - offsetAt(guess, timeZone));
}

/** The last instant (to the millisecond) of a calendar day in the time zone: 22:59:59.999Z for a London day in summer. */
export function endOfCalendarDay(day: string, timeZone = ORGANISATION_TIME_ZONE): Date {
  const [y, m, d] = parseDay(day);
  const next = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
  return new Date(startOfCalendarDay(next, timeZone).getTime() - 1);
}

/**
 * The instant stored for a due date the trainer chose ("2027-06-30"): the end of that day in the organisation's time
 * zone, so the learner is overdue from the following midnight there and every date display shows the chosen day.
 * The one place a due date becomes an instant: assignment, import and anything else that sets `dueAt` uses it.
 */
export function dueAtFor(dueDate: string): Date {
  return endOfCalendarDay(dueDate, ORGANISATION_TIME_ZONE);
}
