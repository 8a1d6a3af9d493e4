import { describe, expect, it } from "vitest";
import { preferredLanguages, resolveLocale } from "./resolve-locale";

describe("resolveLocale", () => {
  it("follows a person's own choice over their organisation's default", () => {
    expect(resolveLocale({ personal: "en-GB", organisationDefault: "cy" })).toBe("en-GB");
    expect(resolveLocale({ personal: "cy", organisationDefault: "en-GB" })).toBe("cy");
  });

  it("uses the organisation's default for someone who has not chosen", () => {
    expect(resolveLocale({ personal: null, organisationDefault: "cy", acceptLanguage: "en-GB" })).toBe("cy");
  });

  it("signed out, uses the language chosen on the page, then the browser's", () => {
    expect(resolveLocale({ chosenSignedOut: "cy", acceptLanguage: "en-GB" })).toBe("cy");
    expect(resolveLocale({ acceptLanguage: "cy-GB,cy;q=0.9,en;q=0.8" })).toBe("cy");
    expect(resolveLocale({ acceptLanguage: "fr-FR,en-US;q=0.8" })).toBe("en-GB");
    expect(resolveLocale({ acceptLanguage: "en-US;q=0.5,cy;q=0.9" })).toBe("cy");
  });

  it("passes over values that are not one of our languages, and falls back to UK English", () => {
    expect(resolveLocale({ personal: "xx", organisationDefault: "<script>", chosenSignedOut: "de" })).toBe("en-GB");
    expect(resolveLocale({ acceptLanguage: "!!!,;q=abc" })).toBe("en-GB");
    expect(resolveLocale({})).toBe("en-GB");
  });
});

describe("preferredLanguages", () => {
  it("orders by quality, keeping the header's order for ties, and drops q=0", () => {
    expect(preferredLanguages("en;q=0.5, cy, fr;q=0")).toEqual(["cy", "en"]);
    expect(preferredLanguages("cy, en")).toEqual(["cy", "en"]);
    expect(preferredLanguages(undefined)).toEqual([]);
  });
});
