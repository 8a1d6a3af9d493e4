import { rgb, type PDFFont, type PDFPage } from "pdf-lib";

/** The charts' colours in print: the screen's teal and amber (components/charts), each meaning also drawn as a pattern. */
export const SERIES_COLOURS = [rgb(0.122, 0.435, 0.525), rgb(0.573, 0.251, 0.055), rgb(0.2, 0.255, 0.333)];
export const CHART_INK = rgb(0.2, 0.255, 0.333);
export const GRID = rgb(0.85, 0.87, 0.9);

export function seriesColour(n: number) {
  return SERIES_COLOURS[n % SERIES_COLOURS.length]!;
}

/** Text centred on x (or ending at it), at a baseline. */
export function drawTextAt(
  page: PDFPage,
  s: string,
  o: { x: number; y: number; size: number; font: PDFFont; align?: "left" | "centre" | "right" },
) {
  const w = o.font.widthOfTextAtSize(s, o.size);
  const x = o.align === "centre" ? o.x - w / 2 : o.align === "right" ? o.x - w : o.x;
  page.drawText(s, { x, y: o.y, size: o.size, font: o.font, color: CHART_INK });
}

/** Diagonal hatching inside a rectangle (x, y its bottom left), with its outline: a bar that is not solid. */
export function drawHatchedRect(
  page: PDFPage,
  r: { x: number; y: number; width: number; height: number },
  colour: ReturnType<typeof rgb>,
) {
  const gap = 4;
  for (let k = -r.height; k < r.width; k += gap) {
    const t0 = Math.max(0, -k);
    const t1 = Math.min(r.height, r.width - k);
    if (t1 <= t0) continue;
    page.drawLine({
      start: { x: r.x + k + t0, y: r.y + t0 },
      end: { x: r.x + k + t1, y: r.y + t1 },
      thickness: 1.2,
      color: colour,
    });
  }
  page.drawRectangle({ ...r, borderColor: colour, borderWidth: 1 });
}
