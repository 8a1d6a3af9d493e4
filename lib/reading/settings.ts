import { z } from "zod";

/**
 * A person's reading settings: the four choices of the reading settings page, each with the values the database
 * holds (prisma/schema.prisma's Reading* enums). Pure: no database, so pages, the layout and tests share it.
 */
export const READING_OPTIONS = {
  textSize: [
    { value: "STANDARD", label: "Standard", hint: "The size the site is designed at." },
    { value: "LARGE", label: "Large", hint: "A quarter larger." },
    { value: "LARGER", label: "Larger", hint: "Half as large again." },
  ],
  lineSpacing: [
    { value: "NORMAL", label: "Normal", hint: "The spacing the site is designed with." },
    { value: "RELAXED", label: "Relaxed", hint: "More space between lines." },
    { value: "LOOSE", label: "Loose", hint: "Twice the height of the text, and more space between paragraphs." },
  ],
  font: [
    { value: "STANDARD", label: "Standard", hint: "Your device's usual font." },
    {
      value: "DYSLEXIC",
      label: "OpenDyslexic",
      hint: "Letters with heavier bottoms and more distinct shapes, which some people with dyslexia find easier.",
    },
  ],
  contrast: [
    { value: "STANDARD", label: "Standard", hint: "The site's usual colours." },
    { value: "HIGH", label: "High contrast", hint: "Black on white, with darker borders and underlined links." },
  ],
} as const;

type TValues<K extends keyof typeof READING_OPTIONS> = (typeof READING_OPTIONS)[K][number]["value"];
const values = <K extends keyof typeof READING_OPTIONS>(key: K) =>
  READING_OPTIONS[key].map((o) => o.value) as unknown as [TValues<K>, ...TValues<K>[]];

const choose = (what: string) => ({ error: `Choose one of the ${what} options.` });

/** What the settings form sends: every setting must be one of its options. */
export const ZReadingSettings = z.object({
  textSize: z.enum(values("textSize"), choose("text size")),
  lineSpacing: z.enum(values("lineSpacing"), choose("line spacing")),
  font: z.enum(values("font"), choose("font")),
  contrast: z.enum(values("contrast"), choose("contrast")),
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
