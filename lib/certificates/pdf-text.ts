import { rgb, type PDFFont, type PDFPage, type RGB } from "pdf-lib";

// A4 landscape, in points.
export const WIDTH = 841.89;
export const HEIGHT = 595.28;
export const INK = rgb(0, 0, 0);
export const GREY = rgb(0.35, 0.35, 0.35);

/** One line of text in a stacked block: `gap` is the space above it (ignored for a block's first line). */
export type TLine = { text: string; font: PDFFont; size: number; color?: RGB; gap?: number };

/**
 * The size at which text fits a width: long names, titles and addresses shrink rather than run off the page.
 * Width grows linearly with size, so the text is measured once (each measurement is a full layout of the text).
 */
export function fittedSize(text: string, font: PDFFont, size: number, maxWidth: number, smallest = 7): number {
  const unitWidth = font.widthOfTextAtSize(text, 1);
  let s = size;
  while (s > smallest && unitWidth * s > maxWidth) s -= 0.5;
  return s;
}

export function drawCentred(page: PDFPage, line: TLine, baseline: number, maxWidth = WIDTH - 160) {
  const size = fittedSize(line.text, line.font, line.size, maxWidth);
  const width = line.font.widthOfTextAtSize(line.text, size);
  page.drawText(line.text, { x: (WIDTH - width) / 2, y: baseline, size, font: line.font, color: line.color ?? INK });
}

/** Text ending at `right` (beside the QR code), shrunk to fit `maxWidth`. */
export function drawRightAligned(page: PDFPage, line: TLine, right: number, baseline: number, maxWidth: number) {
  const size = fittedSize(line.text, line.font, line.size, maxWidth, 6);
  const width = line.font.widthOfTextAtSize(line.text, size);
  page.drawText(line.text, { x: right - width, y: baseline, size, font: line.font, color: line.color ?? INK });
}

/** The height a stack of lines takes. */
export function heightOf(lines: readonly TLine[]): number {
  return lines.reduce((sum, l, i) => sum + l.size + (i ? (l.gap ?? 0) : 0), 0);
}

/** Draws a stack of centred lines from `top` down. */
export function drawCentredLines(page: PDFPage, lines: readonly TLine[], top: number) {
  let y = top;
  lines.forEach((line, i) => {
    y -= line.size + (i ? (line.gap ?? 0) : 0);
    // The baseline sits above the line's bottom by the depth of descenders.
    drawCentred(page, line, y + line.size * 0.2);
  });
}

export const TOPIC_SEPARATOR = "  ·  ";

/**
 * Topics joined into lines no wider than `maxWidth`, breaking only between topics, so that each title stays
 * whole on one line (a reader, and a search of the text, finds it as written). A title longer than a line has
 * a line to itself and is shrunk to fit when drawn.
 */
export function wrapTopics(topics: readonly string[], font: PDFFont, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const topic of topics) {
    const candidate = current ? `${current}${TOPIC_SEPARATOR}${topic}` : topic;
    if (current && font.widthOfTextAtSize(candidate, size) > maxWidth) {
      lines.push(current);
      current = topic;
    } else current = candidate;
  }
  if (current) lines.push(current);
  return lines;
}
