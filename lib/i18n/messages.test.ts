import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { LOCALES, type TLocale } from "./locales";
import { loadMessageAreas, loadMessages } from "./messages";

type TTree = { [key: string]: string | TTree };

/** Every message as [dotted key, text]. */
function flatten(tree: TTree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : flatten(value, `${prefix}${key}.`),
  );
}

/** The plural blocks of a message, each as the categories it gives. */
function pluralBlocks(elements: MessageFormatElement[]): string[][] {
  return elements.flatMap((element) => {
    if (element.type !== TYPE.plural && element.type !== TYPE.select) return [];
    const nested = Object.values(element.options).flatMap((option) => pluralBlocks(option.value));
    return element.type === TYPE.plural ? [Object.keys(element.options), ...nested] : nested;
  });
}

const catalogues = Object.fromEntries(
  await Promise.all(LOCALES.map(async (locale) => [locale, flatten(await loadMessages(locale))] as const)),
) as Record<TLocale, [string, string][]>;

describe("interface messages", () => {
  it("each namespace lives in one area file, and every language splits them the same way", async () => {
    const areaNamespaces = async (locale: TLocale) =>
      Object.fromEntries(
        Object.entries(await loadMessageAreas(locale)).map(([area, tree]) => [area, Object.keys(tree)]),
      );
    const english = await areaNamespaces("en-GB");
    const all = Object.values(english).flat();
    expect(all.filter((namespace, index) => all.indexOf(namespace) !== index)).toEqual([]);
    for (const locale of LOCALES) expect(await areaNamespaces(locale), locale).toEqual(english);
  });

  it("every language has exactly the English keys, none empty", () => {
    const englishKeys = catalogues["en-GB"].map(([key]) => key).sort();
    for (const locale of LOCALES) {
      expect(catalogues[locale].map(([key]) => key).sort(), locale).toEqual(englishKeys);
      expect(
        catalogues[locale].filter(([, text]) => text.trim() === "").map(([key]) => key),
        locale,
      ).toEqual([]);
    }
  });

  it("every message is valid ICU and uses the same placeholders in every language", () => {
    const argumentsOf = (elements: MessageFormatElement[]): string[] =>
      elements.flatMap((element) => [
        ...(element.type !== TYPE.literal && element.type !== TYPE.pound && "value" in element
          ? [String(element.value)]
          : []),
        ...("options" in element ? Object.values(element.options).flatMap((o) => argumentsOf(o.value)) : []),
      ]);
    const english = new Map(catalogues["en-GB"]);
    for (const locale of LOCALES) {
      for (const [key, text] of catalogues[locale]) {
        const placeholders = [...new Set(argumentsOf(parse(text)))].sort();
        expect(placeholders, `${locale} ${key}`).toEqual([...new Set(argumentsOf(parse(english.get(key)!)))].sort());
      }
    }
  });

  it("Welsh plurals give all six Welsh forms (zero, one, two, few, many, other); English one and other", () => {
    const needs: Record<TLocale, string[]> = {
      cy: ["zero", "one", "two", "few", "many", "other"],
      "en-GB": ["one", "other"],
    };
    for (const locale of LOCALES) {
      // The categories the language really has, so the list above cannot drift from the CLDR rules.
      expect(new Intl.PluralRules(locale).resolvedOptions().pluralCategories.sort()).toEqual([...needs[locale]].sort());
      for (const [key, text] of catalogues[locale]) {
        for (const categories of pluralBlocks(parse(text))) {
          expect(
            needs[locale].filter((c) => !categories.includes(c)),
            `${locale} ${key} lacks plural forms`,
          ).toEqual([]);
        }
      }
    }
  });

  it("Welsh counts read as Welsh speakers say them", async () => {
    const t = createTranslator({ locale: "cy", messages: await loadMessages("cy"), namespace: "SignInHistory" });
    const kept = (days: number) => t("kept", { days }).split(".")[0];
    expect(kept(1)).toBe("Cedwir y diwrnod diwethaf");
    expect(kept(2)).toBe("Cedwir y ddau ddiwrnod diwethaf");
    expect(kept(3)).toBe("Cedwir y 3 diwrnod diwethaf");
    expect(kept(90)).toBe("Cedwir y 90 diwrnod diwethaf");
    const english = createTranslator({
      locale: "en-GB",
      messages: await loadMessages("en-GB"),
      namespace: "SignInHistory",
    });
    expect(english("kept", { days: 1 })).toMatch(/^The last day is kept\./);
    expect(english("kept", { days: 90 })).toMatch(/^The last 90 days are kept\./);
  });
});
