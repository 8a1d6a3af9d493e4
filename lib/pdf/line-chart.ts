import { niceScale } from "../charts/scale";
import { formatChartValue, type TLineChart } from "../charts/series";
import { CHART_INK, drawTextAt, GRID, seriesColour } from "./chart-parts";
import type { TFlow } from "./flow";

const PLOT_HEIGHT = 130;
const LEFT = 34;
const TOP = 26;
const LABELS = 16;
const LEGEND_LINE = 14;
const DASH = [5, 3];

/**
 * The dashboard's line chart (components/charts/line-chart.tsx) on a PDF page, kept on one page: solid or dashed
 * lines, labelled upright markers (today, the due date) and a legend naming each line's look in words.
 */
export function drawLineChart(
  flow: TFlow,
  chart: TLineChart,
  /** A series' look in words, in the reader's language ("dashed line"). */
  look: (style: TLineChart["series"][number]["style"]) => string = (style) => `${style} line`,
) {
  const { xs, series, markers, ticks, unit } = chart;
  const height = TOP + PLOT_HEIGHT + LABELS + series.length * LEGEND_LINE + 6;
  flow.block(height, ({ page, x: left, top, width, fonts }) => {
    const yMax = chart.yMax ?? niceScale(Math.max(0, ...series.flatMap((s) => s.values))).max;
    const yTicks = niceScale(yMax).ticks;
    const x0 = left + LEFT;
    const plotW = width - LEFT - 4;
    const base = top - TOP - PLOT_HEIGHT;
    const first = xs[0] ?? 0;
    const span = (xs.at(-1) ?? first) - first || 1;
    const x = (at: number) => x0 + ((at - first) / span) * plotW;
    const y = (v: number) => base + (v / yMax) * PLOT_HEIGHT;
    for (const t of yTicks) {
      page.drawLine({ start: { x: x0, y: y(t) }, end: { x: x0 + plotW, y: y(t) }, thickness: 0.5, color: GRID });
      drawTextAt(page, formatChartValue(t, unit), {
        x: x0 - 4,
        y: y(t) - 3,
        size: 8,
        font: fonts.regular,
        align: "right",
      });
    }
    for (const t of ticks)
      drawTextAt(page, t.label, { x: x(t.at), y: base - 11, size: 8, font: fonts.regular, align: "centre" });
    markers.forEach((m, i) => {
      const mx = x(m.at);
      const labelY = top - 10 - i * 11;
      page.drawLine({
        start: { x: mx, y: base },
        end: { x: mx, y: labelY + 8 },
        thickness: 0.8,
        color: CHART_INK,
        dashArray: [1.5, 2],
      });
      const right = mx > x0 + plotW / 2;
      drawTextAt(page, m.label, {
        x: right ? mx - 3 : mx + 3,
        y: labelY,
        size: 8,
        font: fonts.bold,
        align: right ? "right" : "left",
      });
    });
    series.forEach((s, n) => {
      for (let i = 1; i < s.values.length; i++)
        page.drawLine({
          start: { x: x(xs[i - 1] ?? first), y: y(s.values[i - 1] ?? 0) },
          end: { x: x(xs[i] ?? first), y: y(s.values[i] ?? 0) },
          thickness: 2,
          color: seriesColour(n),
          ...(s.style === "dashed" ? { dashArray: DASH } : {}),
        });
    });
    page.drawLine({ start: { x: x0, y: base }, end: { x: x0 + plotW, y: base }, thickness: 1, color: CHART_INK });
    series.forEach((s, n) => {
      const ly = base - LABELS - 6 - n * LEGEND_LINE;
      page.drawLine({
        start: { x: x0, y: ly + 3 },
        end: { x: x0 + 18, y: ly + 3 },
        thickness: 2,
        color: seriesColour(n),
        ...(s.style === "dashed" ? { dashArray: DASH } : {}),
      });
      drawTextAt(page, `${s.name} (${look(s.style)})`, { x: x0 + 24, y: ly, size: 9, font: fonts.regular });
    });
  });
}
