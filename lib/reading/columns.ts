import type { TReadingSettings } from "./settings";

/**
 * The User columns that hold the reading settings, for a `select` (spread into the sign-in state's read, so the
 * layout gets them without a query of its own).
 */
export const READING_SELECT = {
  readingTextSize: true,
  readingLineSpacing: true,
  readingFont: true,
  readingContrast: true,
} as const;

type TReadingRow = {
  readingTextSize: TReadingSettings["textSize"];
  readingLineSpacing: TReadingSettings["lineSpacing"];
  readingFont: TReadingSettings["font"];
  readingContrast: TReadingSettings["contrast"];
};

export function settingsOfRow(row: TReadingRow): TReadingSettings {
  return {
    textSize: row.readingTextSize,
    lineSpacing: row.readingLineSpacing,
    font: row.readingFont,
    contrast: row.readingContrast,
  };
}

export function rowOfSettings(settings: TReadingSettings): TReadingRow {
  return {
    readingTextSize: settings.textSize,
    readingLineSpacing: settings.lineSpacing,
    readingFont: settings.font,
    readingContrast: settings.contrast,
  };
}
