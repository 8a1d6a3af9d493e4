import { describe, expect, it } from "vitest";
import { formatMinutes } from "./durations";

describe("formatMinutes", () => {
  it("writes hours and minutes in English, leaving out a zero part", () => {
    expect(formatMinutes(0)).toBe("0 minutes");
    expect(formatMinutes(1)).toBe("1 minute");
    expect(formatMinutes(45)).toBe("45 minutes");
    expect(formatMinutes(60)).toBe("1 hour");
    expect(formatMinutes(61)).toBe("1 hour 1 minute");
    expect(formatMinutes(125)).toBe("2 hours 5 minutes");
    expect(formatMinutes(1500)).toBe("25 hours");
  });

  it("writes Welsh with a singular noun after the number, softened after two", () => {
    expect(formatMinutes(95, { locale: "cy" })).toMatch(/^1 awr,? 35 munud$/);
    expect(formatMinutes(122, { locale: "cy" })).toMatch(/^2 awr,? 2 funud$/);
    expect(formatMinutes(0, { locale: "cy" })).toBe("0 munud");
  });

  it("falls back to English for a locale it has no words for", () => {
    expect(formatMinutes(61, { locale: "fr" })).toBe("1 hour 1 minute");
    expect(formatMinutes(125, { locale: "en-US" })).toBe("2 hours 5 minutes");
  });
});
