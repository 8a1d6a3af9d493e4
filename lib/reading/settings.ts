import { z } from "zod";

/**
 * A person's reading settings: the four choices of the reading settings page, each with the values the database
 * holds (prisma/schema.prisma's Reading* enums), in the order the page offers them. What each is called and how it
 * is described is in the messages (Reading.options.<setting>.<value>). Pure: no database, so pages, the layout and
 * tests share it.
 */
export const READING_OPTIONS = {
  textSize: ["STANDARD", "LARGE", "LARGER"],
  lineSpacing: ["NORMAL", "RELAXED", "LOOSE"],
  font: ["STANDARD", "DYSLEXIC"],
  contrast: ["STANDARD", "HIGH"],
} as const;

type TValues<K extends keyof typeof READING_OPTIONS> = (typeof READING_OPTIONS)[K][number];

const values = <K extends keyof typeof READING_OPTIONS>(key: K) =>
  READING_OPTIONS[key] as unknown as [TValues<K>, ...TValues<K>[]];

/** What the settings form sends: every setting must be one of its options (FIELD_* codes, worded by fieldErrorsOf). */
export const ZReadingSettings = z.object({
  textSize: z.enum(values("textSize"), { error: "FIELD_READING_TEXT_SIZE" }),
  lineSpacing: z.enum(values("lineSpacing"), { error: "FIELD_READING_LINE_SPACING" }),
  font: z.enum(values("font"), { error: "FIELD_READING_FONT" }),
  contrast: z.enum(values("contrast"), { error: "FIELD_READING_CONTRAST" }),
});
export type TReadingSettings = z.infer<typeof ZReadingSettings>;

/** What everyone signed out sees, and what a person has until they choose otherwise (the columns' defaults). */
export const DEFAULT_READING_SETTINGS: TReadingSettings = {
  textSize: "STANDARD",
  lineSpacing: "NORMAL",
  font: "STANDARD",
  contrast: "STANDARD",
};

/** The data attribute on <html> that app/styles/reading.css keys each setting's styles on. */
export const READING_ATTRIBUTES = {
  textSize: "data-text-size",
  lineSpacing: "data-line-spacing",
  font: "data-font",
  contrast: "data-contrast",
} as const satisfies Record<keyof TReadingSettings, `data-${string}`>;

/**
 * The data attributes for <html>, one for each setting that differs from the default ({"data-text-size": "large"}).
 * Defaults are left out, so a page for someone who never chose anything is the same page as before.
 */
export function readingAttributes(settings: TReadingSettings): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const key of Object.keys(READING_ATTRIBUTES) as (keyof TReadingSettings)[])
    if (settings[key] !== DEFAULT_READING_SETTINGS[key])
      attributes[READING_ATTRIBUTES[key]] = settings[key].toLowerCase();
  return attributes;
}

/** The settings form's fields, as the schema reads them. */
export function readReadingForm(formData: FormData): Record<keyof TReadingSettings, unknown> {
  return {
    textSize: formData.get("textSize"),
    lineSpacing: formData.get("lineSpacing"),
    font: formData.get("font"),
    contrast: formData.get("contrast"),
  };
}
