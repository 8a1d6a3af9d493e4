import { describe, expect, it } from "vitest";
import { numberWordsToDigits } from "./number-words";

describe("numberWordsToDigits", () => {
  it("rewrites fractions, rates, 'one in N' and larger numbers as digits", () => {
    expect(numberWordsToDigits("a quarter of offences, exactly half, twice as many")).toBe(
      "0.25 of offences, exactly 0.5, 2 times as many",
    );
    expect(numberWordsToDigits("three a day; one in fifty; twenty-five thousand")).toBe("3 a day; 1 in 50; 25000");
  });

  it("leaves everyday counts, a bare 'one' and vague plurals alone", () => {
    const text = "two reasons, six tests, no one, hundreds of images, dozens";
    expect(numberWordsToDigits(text)).toBe(text);
  });
});

describe("ages", () => {
  it("does not read a scenario's 'fourteen-year-old' as a statistic", () => {
    expect(numberWordsToDigits("a fourteen-year-old; fifteen years old")).toBe(
      "a fourteen-year-old; fifteen years old",
    );
  });
});
