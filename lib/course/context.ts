import { extractFigures } from "./citations";

/**
 * A figure's year and place travel with it: "38,685 offences in 2023-24 in England and Wales" is a
 * different claim from the same number for another year or area. These helpers find the years and
 * UK places a sentence states, so the checker can require them in the source passage that holds the figure.
 */

// 2024, 2017-18, 2022/23, 2023–24, 2017-2018: a period is written as its first year and the last two digits of its end.
const YEAR = /\b((?:19|20)\d\d)(?:\s*[-/–]\s*((?:19|20)?\d\d))?\b/g;

export function extractYears(text: string): string[] {
  return [...text.matchAll(YEAR)].map((m) => (m[2] ? `${m[1]}-${m[2].slice(-2)}` : (m[1] ?? "")));
}

/** Years and periods a passage covers: a period also counts as each of its two years. */
function yearsCovered(text: string): Set<string> {
  const out = new Set<string>();
  for (const y of extractYears(text)) {
    out.add(y);
    const [start, end] = y.split("-");
    if (start && end) {
      out.add(start);
      out.add(`${start.slice(0, 2)}${end}`);
    }
  }
  // "between April 2017 and March 2018" states the period 2017-18.
  for (const y of [...out])
    if (/^\d{4}$/.test(y) && out.has(String(Number(y) + 1))) out.add(`${y}-${String(Number(y) + 1).slice(-2)}`);
  return out;
}

// UK areas whose figures the course might quote; longer names first so "England and Wales" wins over "England".
const PLACES = [
  "England and Wales",
  "United Kingdom",
  "Great Britain",
  "Northern Ireland",
  "UK",
  "Britain",
  "England",
  "Wales",
  "Scotland",
  "Kent",
  "Northamptonshire",
  "Essex",
  "Sussex",
  "Surrey",
  "Hampshire",
  "Devon",
  "Cornwall",
  "Lancashire",
  "Yorkshire",
  "Merseyside",
  "Greater Manchester",
  "West Midlands",
  "Thames Valley",
  "London",
  "Metropolitan Police",
  "Cumbria",
  "Norfolk",
  "Suffolk",
  "Cheshire",
  "Durham",
  "Northumbria",
  "Cleveland",
  "Humberside",
  "Lincolnshire",
  "Leicestershire",
  "Nottinghamshire",
  "Derbyshire",
  "Staffordshire",
  "Warwickshire",
  "West Mercia",
  "Gloucestershire",
  "Wiltshire",
  "Dorset",
  "Avon and Somerset",
  "Bedfordshire",
  "Hertfordshire",
  "Cambridgeshire",
  "Gwent",
  "Dyfed-Powys",
  "South Wales",
  "North Wales",
  "Police Scotland",
];
const PLACE_RE = new RegExp(`\\b(${PLACES.map((p) => p.replace(/ /g, "\\s+")).join("|")})\\b`, "g");

export function extractPlaces(text: string): string[] {
  return [...new Set([...text.matchAll(PLACE_RE)].map((m) => (m[1] ?? "").replace(/\s+/g, " ")))];
}

/** "England and Wales" in a passage also states England and Wales; "UK" and "United Kingdom" are one place. */
function placesCovered(text: string): Set<string> {
  const out = new Set<string>();
  for (const p of extractPlaces(text)) {
    out.add(p);
    if (p === "England and Wales") ["England", "Wales"].forEach((x) => out.add(x));
    if (p === "UK") out.add("United Kingdom");
    if (p === "United Kingdom") out.add("UK");
  }
  return out;
}

/** A cited source's passages (in source order) and what it states as a whole (its label, its publication date). */
export type TSourcePassages = { passages: string[]; label: string; published?: string };

// A passage that dates itself by its publication ("this year", "last year", "today") takes the published year.
const RELATIVE = /\b(?:this|last|past) (?:year|month)\b|\btoday\b|\brecently\b/i;
// "reported in March 2024", "published on 2 March 2024": a year about the source itself, not the figure.
const ABOUT_SOURCE =
  /\b(?:reported|published|dated|released)\s+(?:in|on)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?((?:19|20)\d\d)\b/g;

/**
 * The years and places a claim states that no source passage holding one of its figures also states
 * (a passage: the excerpt or fact, its neighbours, the source's label, and its publication year when the
 * passage dates itself relatively), and "reported in <year>" years that are not the source's.
 * Figures found in no passage are reported elsewhere (as missing numbers), so they are not judged here.
 */
export function contextMissingFromPassages(claim: string, sources: TSourcePassages[]): string[] {
  // "Royal Assent on 26 October 2023; the six tests date from September 2020": each clause's year goes
  // with that clause's figures. A clause with no figure states a date, not a figure's year (its year is
  // still checked as a number against the sources).
  return [...new Set(claim.split(/;\s+/).flatMap((c) => clauseMissing(c, figuresOf(c), sources)))];
}

/** A sentence's figures, without the years and periods it states. */
function figuresOf(text: string): string[] {
  const yearTokens = new Set(extractYears(text).flatMap((y) => [y, ...y.split("-")]));
  return extractFigures(text).filter((n) => !yearTokens.has(n) && !/^(19|20)\d\d$/.test(n));
}

function clauseMissing(claim: string, figures: string[], sources: TSourcePassages[]): string[] {
  const aboutSource = [...claim.matchAll(ABOUT_SOURCE)].map((m) => m[1] ?? "");
  const years = extractYears(claim.replace(ABOUT_SOURCE, ""));
  const places = extractPlaces(claim);
  const missing = aboutSource.filter(
    (y) =>
      !sources.some((s) => (s.published ? s.published.startsWith(y) : s.passages.some((p) => yearsCovered(p).has(y)))),
  );
  if (!figures.length || (!years.length && !places.length)) return missing;
  // A passage is the excerpt holding the figure, its neighbours in the source, and what the source as a whole states.
  const holding = sources.flatMap(({ passages, label, published }) =>
    passages.flatMap((p, i) => {
      const found = new Set(extractFigures(p));
      if (!figures.some((f) => found.has(f))) return [];
      const near = [passages[i - 1], p, passages[i + 1]].filter(Boolean).join("\n");
      return [[near, label, RELATIVE.test(p) ? published : ""].filter(Boolean).join("\n")];
    }),
  );
  if (!holding.length) return missing;
  for (const y of years) if (!holding.some((p) => yearsCovered(p).has(y))) missing.push(y);
  for (const place of places) if (!holding.some((p) => placesCovered(p).has(place))) missing.push(place);
  return missing;
}
