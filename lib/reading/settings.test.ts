import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "../errors";
import { loadMessages } from "../i18n/messages";
import { LOCALES } from "../i18n/locales";
import { rowOfSettings, settingsOfRow } from "./columns";
import {
  DEFAULT_READING_SETTINGS,
  READING_OPTIONS,
  readingAttributes,
  readReadingForm,
  ZReadingSettings,
  type TReadingSettings,
} from "./settings";

const CHOSEN: TReadingSettings = { textSize: "LARGER", lineSpacing: "LOOSE", font: "DYSLEXIC", contrast: "HIGH" };

describe("reading settings", () => {
  it("put nothing on the page for someone who kept the defaults, so their pages are as before", () => {
    expect(readingAttributes(DEFAULT_READING_SETTINGS)).toEqual({});
  });

  it("name each chosen setting as the data attribute its styles are keyed on", () => {
    expect(readingAttributes(CHOSEN)).toEqual({
      "data-text-size": "larger",
      "data-line-spacing": "loose",
      "data-font": "dyslexic",
      "data-contrast": "high",
    });
    expect(readingAttributes({ ...DEFAULT_READING_SETTINGS, lineSpacing: "RELAXED" })).toEqual({
      "data-line-spacing": "relaxed",
    });
  });

  it("accept every option the form offers, and nothing else", () => {
    for (const [key, options] of Object.entries(READING_OPTIONS))
      for (const option of options)
        expect(ZReadingSettings.safeParse({ ...DEFAULT_READING_SETTINGS, [key]: option }).success).toBe(true);
    for (const bad of ["", "large", "HUGE", null, 3, "STANDARD "]) {
      const result = ZReadingSettings.safeParse({ ...DEFAULT_READING_SETTINGS, textSize: bad });
      expect(result.success).toBe(false);
      expect(fieldErrorsOf(result.error!, "en-GB")).toEqual({ textSize: ["Choose one of the text size options."] });
    }
    expect(ZReadingSettings.safeParse({ textSize: "LARGE" }).success).toBe(false);
  });

  it("tell a Welsh reader in Welsh which setting to choose again", () => {
    const result = ZReadingSettings.safeParse({ textSize: "HUGE", lineSpacing: "NORMAL", font: "X", contrast: "" });
    expect(fieldErrorsOf(result.error!, "cy")).toEqual({
      textSize: ["Dewiswch un o'r opsiynau ar gyfer maint y testun."],
      font: ["Dewiswch un o'r opsiynau ar gyfer y ffont."],
      contrast: ["Dewiswch un o'r opsiynau ar gyfer y lliwiau."],
    });
    const spacing = ZReadingSettings.safeParse({ ...DEFAULT_READING_SETTINGS, lineSpacing: "TIGHT" });
    expect(fieldErrorsOf(spacing.error!, "cy")).toEqual({
      lineSpacing: ["Dewiswch un o'r opsiynau ar gyfer y bylchau rhwng llinellau."],
    });
  });

  it("have a name and a description for every option in every language (the page takes them from the messages)", async () => {
    for (const locale of LOCALES) {
      const options = (await loadMessages(locale)).Reading.options as Record<string, Record<string, unknown>>;
      for (const [key, list] of Object.entries(READING_OPTIONS))
        for (const value of list)
          expect(options[key]?.[value], `${locale} ${key} ${value}`).toEqual({
            label: expect.any(String),
            hint: expect.any(String),
          });
    }
  });

  it("read the form's four fields, and a form without them fails the schema rather than saving defaults", () => {
    const form = new FormData();
    for (const [key, value] of Object.entries(CHOSEN)) form.set(key, value);
    expect(ZReadingSettings.parse(readReadingForm(form))).toEqual(CHOSEN);
    expect(ZReadingSettings.safeParse(readReadingForm(new FormData())).success).toBe(false);
  });

  it("map to the User columns and back unchanged", () => {
    expect(rowOfSettings(CHOSEN)).toEqual({
      readingTextSize: "LARGER",
      readingLineSpacing: "LOOSE",
      readingFont: "DYSLEXIC",
      readingContrast: "HIGH",
    });
    expect(settingsOfRow(rowOfSettings(CHOSEN))).toEqual(CHOSEN);
  });
});
