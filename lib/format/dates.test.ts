import { describe, expect, it } from "vitest";
import {
  formatCalendarDay,
  formatCalendarMonth,
  formatDate,
  formatDateTime,
  formatDayOfYear,
  formatShortDate,
  formatTime,
} from "./dates";

const summer = new Date("2027-06-30T23:30:05Z"); // 00:30 on 1 July in London
const winter = new Date("2027-01-15T09:04:05Z");

describe("dates, in UK English and London time unless told otherwise", () => {
  it("write a day long, short, with the time, and the time alone", () => {
    expect(formatDate(summer)).toBe("1 July 2027");
    expect(formatDate(winter)).toBe("15 January 2027");
    expect(formatShortDate(summer)).toBe("1 Jul 2027");
    expect(formatDateTime(summer)).toBe("01/07/2027, 00:30:05");
    expect(formatDateTime(winter)).toBe("15/01/2027, 09:04:05");
    expect(formatTime(summer)).toBe("00:30");
  });

  it("write logs exactly as toLocaleString did before this module", () => {
    for (const at of [summer, winter, new Date("2026-10-25T00:59:59.999Z"), new Date("2026-03-29T01:00:00Z")])
      expect(formatDateTime(at)).toBe(at.toLocaleString("en-GB", { timeZone: "Europe/London" }));
  });

  it("take another locale and time zone", () => {
    expect(formatDate(summer, { timeZone: "UTC" })).toBe("30 June 2027");
    expect(formatDate(winter, { locale: "cy" })).toBe("15 Ionawr 2027");
    expect(formatDate(winter, { locale: "en-US" })).toBe("January 15, 2027");
  });

  it("write calendar days and days of the year the same in any season or zone", () => {
    expect(formatCalendarDay("2027-06-30")).toBe("30 June 2027");
    expect(formatCalendarDay("2027-01-01")).toBe("1 January 2027");
    expect(formatDayOfYear(8, 31)).toBe("31 August");
    expect(formatDayOfYear(1, 1)).toBe("1 January");
    // Welsh writes the day first, as in its long dates (CLDR's day-and-month pattern says "Medi 1").
    expect(formatDayOfYear(9, 1, { locale: "cy" })).toBe("1 Medi");
    expect(formatDayOfYear(12, 25, { locale: "cy" })).toBe("25 Rhagfyr");
    expect(formatDayOfYear(9, 1, { locale: "en-US" })).toBe("September 1");
  });
});

describe("formatCalendarMonth", () => {
  it("writes a month with its UK name and year, or its short name for an axis", () => {
    expect(formatCalendarMonth("2027-03")).toBe("March 2027");
    expect(formatCalendarMonth("2026-12")).toBe("December 2026");
    expect(formatCalendarMonth("2027-01", { short: true })).toBe("Jan");
    expect(formatCalendarMonth("2027-09", { short: true })).toBe("Sept");
  });

  it("refuses what is not a month", () => {
    expect(() => formatCalendarMonth("2027-13")).toThrow(RangeError);
    expect(() => formatCalendarMonth("March")).toThrow(RangeError);
  });
});
