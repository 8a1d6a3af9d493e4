import { describe, expect, it } from "vitest";
import { learnerStatus } from "../enrolments/status";
import { formatDate, formatShortDate } from "../format/dates";
import { calendarDayOf, dueAtFor, endOfCalendarDay, startOfCalendarDay } from "./calendar-day";

const MS = 1;
const overdueAt = (dueAt: Date, now: Date) =>
  learnerStatus({ dueAt, validUntil: null, lastActivityAt: null }, now) === "overdue";

describe("a due date", () => {
  it.each([
    {
      day: "2027-06-30",
      season: "British Summer Time",
      stored: "2027-06-30T22:59:59.999Z",
      long: "30 June 2027",
      short: "30 Jun 2027",
    },
    {
      day: "2027-01-15",
      season: "Greenwich Mean Time",
      stored: "2027-01-15T23:59:59.999Z",
      long: "15 January 2027",
      short: "15 Jan 2027",
    },
  ])(
    "of $day ($season) is stored as the end of that London day and shown as that day",
    ({ day, stored, long, short }) => {
      const dueAt = dueAtFor(day);
      expect(dueAt.toISOString()).toBe(stored);
      expect(calendarDayOf(dueAt)).toBe(day);
      expect(formatDate(dueAt)).toBe(long);
      expect(formatShortDate(dueAt)).toBe(short);
      // Through the database and back (an ISO string in SQLite, a timestamp in PostgreSQL), it is the same day.
      expect(formatDate(new Date(dueAt.toISOString()))).toBe(long);
    },
  );

  it.each(["2027-06-30", "2027-01-15"])("of %s is overdue exactly when that day has ended in London", (day) => {
    const dueAt = dueAtFor(day);
    const nextMidnight = startOfCalendarDay(calendarDayOf(new Date(dueAt.getTime() + 1)));
    expect(nextMidnight.getTime()).toBe(dueAt.getTime() + MS);
    expect(overdueAt(dueAt, new Date(dueAt.getTime() - 60_000))).toBe(false);
    expect(overdueAt(dueAt, dueAt)).toBe(false);
    expect(overdueAt(dueAt, nextMidnight)).toBe(true);
  });

  it("is overdue from London's midnight, not UTC's", () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in London: the day has ended there, so the learner is overdue.
    expect(overdueAt(dueAtFor("2027-06-30"), new Date("2027-06-30T23:30:00Z"))).toBe(true);
    // 23:30 UTC on 15 January is still 15 January in London.
    expect(overdueAt(dueAtFor("2027-01-15"), new Date("2027-01-15T23:30:00Z"))).toBe(false);
  });
});

describe("calendar days in London", () => {
  it("end at 23:00 UTC in summer and midnight UTC in winter, changing on the days the clocks change", () => {
    // 2027: clocks go forward on Sunday 28 March and back on Sunday 31 October.
    expect(endOfCalendarDay("2027-03-27").toISOString()).toBe("2027-03-27T23:59:59.999Z");
    expect(endOfCalendarDay("2027-03-28").toISOString()).toBe("2027-03-28T22:59:59.999Z");
    expect(endOfCalendarDay("2027-10-30").toISOString()).toBe("2027-10-30T22:59:59.999Z");
    expect(endOfCalendarDay("2027-10-31").toISOString()).toBe("2027-10-31T23:59:59.999Z");
    expect(endOfCalendarDay("2027-12-31").toISOString()).toBe("2027-12-31T23:59:59.999Z");
    expect(endOfCalendarDay("2028-02-29").toISOString()).toBe("2028-02-29T23:59:59.999Z");
  });

  it("start at local midnight, including on the days the clocks change (23 and 25 hours long)", () => {
    expect(startOfCalendarDay("2027-03-28").toISOString()).toBe("2027-03-28T00:00:00.000Z");
    expect(startOfCalendarDay("2027-03-29").toISOString()).toBe("2027-03-28T23:00:00.000Z");
    expect(startOfCalendarDay("2027-10-31").toISOString()).toBe("2027-10-30T23:00:00.000Z");
    expect(startOfCalendarDay("2027-11-01").toISOString()).toBe("2027-11-01T00:00:00.000Z");
  });

  it("round-trip for every day of two years: the end of a day falls on that day, and one millisecond later is the next", () => {
    for (let t = Date.UTC(2027, 0, 1); t < Date.UTC(2029, 0, 1); t += 86_400_000) {
      const day = new Date(t).toISOString().slice(0, 10);
      const end = endOfCalendarDay(day);
      expect(calendarDayOf(end)).toBe(day);
      expect(calendarDayOf(new Date(end.getTime() + 1))).toBe(new Date(t + 86_400_000).toISOString().slice(0, 10));
      expect(calendarDayOf(startOfCalendarDay(day))).toBe(day);
    }
  });

  it("take another time zone when given one", () => {
    expect(endOfCalendarDay("2027-06-30", "UTC").toISOString()).toBe("2027-06-30T23:59:59.999Z");
    expect(endOfCalendarDay("2027-06-30", "America/New_York").toISOString()).toBe("2027-07-01T03:59:59.999Z");
    expect(calendarDayOf(new Date("2027-07-01T03:00:00Z"), "America/New_York")).toBe("2027-06-30");
  });

  it("refuse what is not a real day", () => {
    for (const bad of ["2027-02-30", "30/06/2027", "2027-6-30", "", "2027-06-30T00:00:00Z"])
      expect(() => dueAtFor(bad)).toThrow(RangeError);
  });
});
