import { quoteText, stepDetail, type TChart, type TDiagram } from "../course/figures-schema";

/**
 * Where the course's charts and diagrams put each box, bar and line of text. Pure arithmetic, so the drawing
 * components stay simple and the layout is tested. Everything is drawn in a viewBox FIGURE_WIDTH wide, which the page
 * scales to its column: about 0.87 on a 375 px phone, so the smallest text (13.5) still reads at about 11.7 px.
 */
export const FIGURE_WIDTH = 320;
const PAD = 4;

/** SVG text does not wrap: lines of at most maxChars, broken between words (a longer word stands alone). */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = "";
  // A phone number ("0800 1111") stays on one line: its space does not break.
  const kept = text.replace(/(\d{3,4}) (?=\d{3,4}\b)/g, "$1\u00a0");
  for (const word of kept.split(/[ \t\n]+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** An estimate of text width in the viewBox (system sans at this size averages about 0.56 em a character). */
export const textWidth = (text: string, fontSize: number) => text.length * fontSize * 0.56;
/** How many characters fit a width; bold text is wider, so its size is given a little larger. */
const charsFor = (width: number, fontSize: number) => Math.floor(width / (fontSize * 0.56));
const BOLD = 1.12;

export const BAR = { labelSize: 14, seriesSize: 13.5, valueSize: 14, line: 18, barHeight: 22, gap: 14 } as const;

export type TBarRow = {
  label: string[];
  /** The series' name, drawn under the label where a chart has more than one series. */
  series: string[];
  seriesIndex: number;
  text: string;
  /** Top of the row's first line of text. */
  y: number;
  barY: number;
  barWidth: number;
  /** The value's text: after the bar where it fits, else inside its end. */
  textX: number;
  textInside: boolean;
};

/**
 * One horizontal bar per point, each under its label (long labels and values fit a phone this way), in series order.
 * A share is drawn against the whole (100%); a count against the largest count in the chart.
 */
export function layoutBars(chart: TChart): {
  rows: TBarRow[];
  height: number;
  track: boolean;
  plotWidth: number;
  left: number;
} {
  const points = chart.series.flatMap((s, seriesIndex) => s.points.map((p) => ({ p, s, seriesIndex })));
  const percent = points.every(({ p }) => p.unit === "percent");
  const max = percent ? 100 : Math.max(1, ...points.map(({ p }) => p.value));
  const plotWidth = FIGURE_WIDTH - 2 * PAD;
  const many = chart.series.length > 1;
  let y = PAD;
  const rows = points.map(({ p, s, seriesIndex }) => {
    const label = wrapText(p.label, charsFor(plotWidth, BAR.labelSize * BOLD));
    const series = many ? wrapText(s.name, charsFor(plotWidth, BAR.seriesSize)) : [];
    const rowTop = y;
    const barY = rowTop + (label.length + series.length) * BAR.line + 4;
    const barWidth = Math.max(2, (p.value / max) * plotWidth);
    const room = plotWidth - barWidth - 6;
    const textInside = textWidth(p.as, BAR.valueSize * BOLD) > room;
    y = barY + BAR.barHeight + BAR.gap;
    return {
      label,
      series,
      seriesIndex,
      text: p.as,
      y: rowTop,
      barY,
      barWidth,
      textX: textInside ? PAD + barWidth - 6 : PAD + barWidth + 6,
      textInside,
    };
  });
  return { rows, height: y - BAR.gap + PAD, track: percent, plotWidth, left: PAD };
}

export const STEP = { titleSize: 15, detailSize: 13.5, titleLine: 19, detailLine: 17, arrow: 24, inset: 46 } as const;

export type TStepBox = { n: number; y: number; height: number; title: string[]; detail: string[]; urgent: boolean };

/** Boxes top to bottom, an arrow's gap between them; the note (if any) in a dashed box after the last. */
export function layoutSteps(diagram: Extract<TDiagram, { kind: "steps" }>): {
  boxes: TStepBox[];
  note?: { y: number; height: number; title: string[]; text: string[] };
  height: number;
} {
  const textWidthAvail = FIGURE_WIDTH - 2 * PAD - STEP.inset - 10;
  let y = PAD;
  const boxes = diagram.steps.map((step, i) => {
    const title = wrapText(step.title, charsFor(textWidthAvail, STEP.titleSize * BOLD));
    const words = stepDetail(step.detail);
    const detail = words ? wrapText(words, charsFor(textWidthAvail, STEP.detailSize)) : [];
    const height = 14 + title.length * STEP.titleLine + (detail.length ? 4 + detail.length * STEP.detailLine : 0) + 8;
    const box = { n: i + 1, y, height, title, detail, urgent: step.urgent === true };
    y += height + STEP.arrow;
    return box;
  });
  y -= STEP.arrow;
  let note: { y: number; height: number; title: string[]; text: string[] } | undefined;
  if (diagram.note) {
    const width = FIGURE_WIDTH - 2 * PAD - 24;
    const title = wrapText(diagram.note.title, charsFor(width, STEP.detailSize * BOLD));
    const text = wrapText(diagram.note.text, charsFor(width, STEP.detailSize));
    y += 18;
    const height = 14 + (title.length + text.length) * STEP.detailLine + 8;
    note = { y, height, title, text };
    y += height;
  }
  return { boxes, note, height: y + PAD };
}

export const ROUTE = { nameSize: 15, textSize: 13.5, header: 28, line: 17, gap: 14 } as const;

export type TRouteCard = { y: number; height: number; name: string; when: string[]; how: string[][]; urgent: boolean };

/** One card per route, top to bottom: the service's name in a band, then who it is for, then how it works. */
export function layoutRoutes(diagram: Extract<TDiagram, { kind: "routes" }>): { cards: TRouteCard[]; height: number } {
  const width = FIGURE_WIDTH - 2 * PAD - 24;
  let y = PAD;
  const cards = diagram.routes.map((r) => {
    const when = wrapText(`For: ${r.when}`, charsFor(width, ROUTE.textSize * BOLD));
    const how = r.how.map((h) => wrapText(quoteText(h), charsFor(width - 12, ROUTE.textSize)));
    const lines = when.length + how.reduce((n, h) => n + h.length, 0);
    const height = ROUTE.header + 10 + lines * ROUTE.line + 8;
    const card = { y, height, name: r.name, when, how, urgent: r.urgent === true };
    y += height + ROUTE.gap;
    return card;
  });
  return { cards, height: y - ROUTE.gap + PAD };
}
