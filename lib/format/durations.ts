// Durations in words. The wording is a table per language, chosen by the locale's plural rules, so another
// language (Welsh has six plural forms) is a new entry here rather than new code.
import { DEFAULT_LOCALE, type TFormatOptions } from "./dates";

type TUnitWords = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
type TDurationWords = { hour: TUnitWords; minute: TUnitWords };

/** `{n}` stands for the number. Keyed by language; a locale with no entry of its own is written in English. */
const WORDS: Record<string, TDurationWords> = {
  en: { hour: { one: "{n} hour", other: "{n} hours" }, minute: { one: "{n} minute", other: "{n} minutes" } },
  // Welsh counts a noun in the singular ("35 munud"); after two, "munud" softens ("2 funud").
  cy: { hour: { other: "{n} awr" }, minute: { two: "{n} funud", other: "{n} munud" } },
};

const kept = new Map<string, { plural: Intl.PluralRules; list: Intl.ListFormat; words: TDurationWords }>();

function wording(locale: string) {
  let found = kept.get(locale);
  if (!found) {
    const language = new Intl.Locale(locale).language;
    const words = WORDS[language];
    // English words go with English plural rules and joining, whatever the locale asked for.
    const used = words ? locale : DEFAULT_LOCALE;
    found = {
      plural: new Intl.PluralRules(used),
      list: new Intl.ListFormat(used, { type: "unit", style: "narrow" }),
      words: words ?? WORDS.en!,
    };
    kept.set(locale, found);
  }
  return found;
}

/** "1 hour 5 minutes", "2 hours", "45 minutes", "0 minutes": whole minutes as hours and minutes, zero parts left out. */
export function formatMinutes(minutes: number, options: Pick<TFormatOptions, "locale"> = {}): string {
  const { plural, list, words } = wording(options.locale ?? DEFAULT_LOCALE);
  const say = (unit: keyof TDurationWords, n: number) =>
    (words[unit][plural.select(n)] ?? words[unit].other).replace("{n}", String(n));
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [hours ? say("hour", hours) : "", rest ? say("minute", rest) : ""].filter(Boolean);
  return parts.length ? list.format(parts) : say("minute", 0);
}
