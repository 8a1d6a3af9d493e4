import { niceScale } from "../charts/scale";
import { formatChartValue, type TBarChart } from "../charts/series";
import { drawHatchedRect, drawTextAt, GRID, seriesColour, CHART_INK } from "./chart-parts";
import type { TFlow } from "./flow";

const PLOT_HEIGHT = 150;
const LEFT = 30;
const LABELS = 16;
const LEGEND_LINE = 14;

/**
 * The dashboard's grouped bar chart (components/charts/bar-chart.tsx) on a PDF page, kept on one page: solid or
 * hatched bars with each value printed above it, the labels beneath and a legend naming each look in words.
 */
export function drawBarChart(
  flow: TFlow,
  chart: TBarChart,
  /** A series' look in words, in the reader's language ("solid bars"). */
  look: (style: TBarChart["series"][number]["style"]) => string = (style) => `${style} bars`,
) {
  const { labels, series } = chart;
  const height = 14 + PLOT_HEIGHT + LABELS + series.length * LEGEND_LINE + 6;
  flow.block(height, ({ page, x: left, top, width, fonts }) => {
    const scale = niceScale(Math.max(0, ...series.flatMap((s) => s.values)));
    const x0 = left + LEFT;
    const plotW = width - LEFT;
    const base = top - 14 - PLOT_HEIGHT;
    const y = (v: number) => base + (v / scale.max) * PLOT_HEIGHT;
    for (const t of scale.ticks) {
      page.drawLine({ start: { x: x0, y: y(t) }, end: { x: x0 + plotW, y: y(t) }, thickness: 0.5, color: GRID });
      drawTextAt(page, String(t), { x: x0 - 4, y: y(t) - 3, size: 8, font: fonts.regular, align: "right" });
    }
    const groupW = plotW / Math.max(1, labels.length);
    const barW = (groupW * 0.76) / Math.max(1, series.length);
    labels.forEach((label, i) => {
      const gx = x0 + i * groupW + groupW * 0.12;
      series.forEach((s, n) => {
        const value = s.values[i] ?? 0;
        const rect = { x: gx + n * barW + 1, y: base, width: barW - 2, height: y(value) - base };
        if (rect.height > 0) {
          if (s.style === "hatched") drawHatchedRect(page, rect, seriesColour(n));
          else page.drawRectangle({ ...rect, color: seriesColour(n) });
        }
        drawTextAt(page, formatChartValue(value), {
          x: rect.x + rect.width / 2,
          y: y(value) + 3,
          size: 8,
          font: fonts.bold,
          align: "centre",
        });
      });
      drawTextAt(page, label, {
        x: x0 + i * groupW + groupW / 2,
        y: base - 11,
        size: 8,
        font: fonts.regular,
        align: "centre",
      });
    });
    page.drawLine({ start: { x: x0, y: base }, end: { x: x0 + plotW, y: base }, thickness: 1, color: CHART_INK });
    series.forEach((s, n) => {
      const ly = base - LABELS - 6 - n * LEGEND_LINE;
      const swatch = { x: x0, y: ly - 1, width: 16, height: 8 };
      if (s.style === "hatched") drawHatchedRect(page, swatch, seriesColour(n));
      else page.drawRectangle({ ...swatch, color: seriesColour(n) });
      drawTextAt(page, `${s.name} (${look(s.style)})`, { x: x0 + 22, y: ly, size: 9, font: fonts.regular });
    });
  });
}
