import { rgb, type PDFDocument, type PDFFont, type PDFPage } from "pdf-lib";
import { wrapText } from "./wrap";

const A4: [number, number] = [595.28, 841.89];
const INK = rgb(0, 0, 0);
const RULE = rgb(0.6, 0.6, 0.6);
const LEADING = 1.3;

export type TFlowText = { font?: PDFFont; size?: number; indent?: number; gap?: number };
export type TFlowColumn = { header: string; width: number };
/** Where a block is drawn: its page, left edge, top (y, points from the bottom) and width. */
export type TFlowBox = {
  page: PDFPage;
  x: number;
  top: number;
  width: number;
  fonts: { regular: PDFFont; bold: PDFFont };
};

export type TFlow = ReturnType<typeof createFlow>;

/**
 * A4 portrait pages that text flows down: every piece of text wraps to the width left (nothing is cut off), a
 * new page starts when one is full, and a table's header row is repeated on each page it runs onto. For reports
 * (the evidence pack) rather than designed pages (certificates).
 */
export function createFlow(doc: PDFDocument, fonts: { regular: PDFFont; bold: PDFFont }, margin = 50) {
  const width = A4[0] - 2 * margin;
  let page: PDFPage = doc.addPage(A4);
  // The top of the space still free on the page.
  let y = A4[1] - margin;

  /** Starts a new page unless `height` more points fit on this one (keeps a heading with what follows it). */
  const ensure = (height: number) => {
    if (y - height >= margin) return false;
    page = doc.addPage(A4);
    y = A4[1] - margin;
    return true;
  };
  const space = (points: number) => {
    y -= points;
  };
  const wrap = (s: string, font: PDFFont, size: number, max: number) =>
    wrapText(s, max, (t) => font.widthOfTextAtSize(t, size));

  const text = (s: string, o: TFlowText = {}) => {
    const size = o.size ?? 10;
    const font = o.font ?? fonts.regular;
    const indent = o.indent ?? 0;
    for (const l of wrap(s, font, size, width - indent)) {
      ensure(size * LEADING);
      page.drawText(l, { x: margin + indent, y: y - size, size, font, color: INK });
      y -= size * LEADING;
    }
    y -= o.gap ?? 3;
  };

  const heading = (s: string, size = 13) => {
    y -= 10;
    ensure(size * LEADING + 40);
    text(s, { font: fonts.bold, size, gap: 5 });
  };

  const rule = (x1: number, x2: number, at: number, colour = RULE) =>
    page.drawLine({ start: { x: x1, y: at }, end: { x: x2, y: at }, thickness: 0.5, color: colour });

  /** A table whose cells wrap within their columns; each row stays on one page, under the header row. */
  const table = (columns: TFlowColumn[], rows: string[][], size = 9) => {
    const lineHeight = size * LEADING;
    const measureRow = (cells: string[], font: PDFFont) => {
      const lines = columns.map((c, i) => wrap(cells[i] ?? "", font, size, c.width - 6));
      return { lines, font, height: Math.max(...lines.map((l) => l.length)) * lineHeight + 4 };
    };
    const draw = ({ lines, font, height }: ReturnType<typeof measureRow>) => {
      let x = margin;
      lines.forEach((cell, i) => {
        cell.forEach((l, n) => page.drawText(l, { x, y: y - size - n * lineHeight, size, font, color: INK }));
        x += columns[i]!.width;
      });
      y -= height;
      rule(margin, margin + width, y + 1);
    };
    const header = measureRow(
      columns.map((c) => c.header),
      fonts.bold,
    );
    ensure(header.height + lineHeight * 2);
    draw(header);
    for (const cells of rows) {
      const row = measureRow(cells, fonts.regular);
      if (ensure(row.height)) draw(header);
      draw(row);
    }
    y -= 4;
  };

  /** "Label: ________": a line to write on by hand, with what is already known printed on it. */
  const field = (label: string, value = "", size = 10) => {
    ensure(size * 2.4);
    const top = y - size * 1.6;
    page.drawText(`${label}:`, { x: margin, y: top, size, font: fonts.regular, color: INK });
    const start = margin + 70;
    if (value) page.drawText(value, { x: start + 4, y: top + 2, size, font: fonts.bold, color: INK });
    rule(start, margin + width * 0.75, top - 2, INK);
    y -= size * 2.4;
  };

  /**
   * A drawing `height` points tall kept together on one page (a chart): a new page starts first unless it fits.
   * `draw` gets the page and the box to draw in; the flow then continues below it.
   */
  const block = (height: number, draw: (box: TFlowBox) => void) => {
    ensure(height);
    draw({ page, x: margin, top: y, width, fonts });
    y -= height;
  };

  return { text, heading, table, field, space, ensure, block, width };
}
