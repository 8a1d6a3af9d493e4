/**
 * Numbers written in words, rewritten as digits so that "a quarter", "three a day" and "one in 50"
 * are checked against a source exactly as "25%", "3" and "1 in 50" would be. Both the lesson and the
 * source go through the same rewrite, so a source may give a figure either way.
 *
 * Deliberately left alone: a bare "one" ("one reason", "no one") and vague plurals ("hundreds of",
 * "dozens"), which are not figures a source could confirm.
 */
const UNITS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };

const UNIT = Object.keys(UNITS).join("|");
const TEN = Object.keys(TENS).join("|");
const SCALE = Object.keys(SCALES).join("|");
// "twenty-five", "twenty", "seven", each optionally followed by "hundred" / "thousand" / "million".
const CARDINAL = `(?:(?:${TEN})(?:[- ](?:${UNIT}))?|${UNIT})(?:\\s+(?:${SCALE}))?|an?\\s+(?:${SCALE})`;
const CARDINAL_RE = new RegExp(`\\b(${CARDINAL})\\b(?![- ]?(?:s\\b|${SCALE}s))`, "gi");

function cardinalValue(words: string): number {
  const parts = words.toLowerCase().split(/[\s-]+/);
  let value = 0;
  for (const part of parts) {
    if (part === "a" || part === "an") value = 1;
    else if (part in SCALES) value = (value || 1) * (SCALES[part] ?? 1);
    else value += UNITS[part] ?? TENS[part] ?? 0;
  }
  return value;
}

const FRACTIONS: [RegExp, string][] = [
  [/\bthree[- ]quarters\b/gi, "0.75"],
  [/\btwo[- ]thirds\b/gi, "0.67"],
  [/\b(?:a|one)[- ]quarter\b/gi, "0.25"],
  [/\b(?:a|one)[- ]third\b/gi, "0.33"],
  [/\b(?:a|one)[- ]half\b|\bhalf\b/gi, "0.5"],
  [/\btwice\b/gi, "2 times"],
];

/** The text with number words replaced by digits; everything else is left as it was. */
export function numberWordsToDigits(text: string): string {
  let out = text;
  for (const [pattern, digits] of FRACTIONS) out = out.replace(pattern, digits);
  // "one in 50" / "one in fifty": the "one" is part of a rate, so it is a figure here.
  out = out.replace(/\bone(?=\s+in\s+(?:\d|every\b|(?:[a-z-]+\s+)?(?:hundred|thousand)\b|[a-z]+ty\b|ten\b))/gi, "1");
  // Two to ten are everyday words ("two descriptions", "six tests"); they count as figures only in a
  // rate or multiple ("three a day", "four times", "five per cent"). From eleven up they always count.
  out = out.replace(CARDINAL_RE, (words: string, _g: string, offset: number, whole: string) => {
    const value = cardinalValue(words);
    const after = whole.slice(offset + words.length);
    // "a fourteen-year-old" in a scenario is a person, not a statistic.
    if (/^[- ]years?[- ]old\b/i.test(after)) return words;
    if (
      value <= 10 &&
      !/^\s+(?:(?:a|an|per|each|every)\s+(?:day|week|month|year)|times\b|per\s*cent|in\s+\d)/i.test(after)
    )
      return words;
    return String(value);
  });
  return out;
}
