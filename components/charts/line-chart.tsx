import { formatChartValue, type TLineChart } from "@/lib/charts/series";
import { niceScale } from "@/lib/charts/scale";
import { ChartLegend, type TLegendWords } from "./chart-legend";
import { ChartTable } from "./chart-table";

const W = 400;
const H = 250;
const LEFT = 44;
const RIGHT = 8;
// Room above the plot for one row of label per marker, so a label never sits on the lines.
const MARKER_ROW = 18;
const BOTTOM = 30;

/**
 * Lines over an x axis (time, say) drawn on the server as SVG, as wide as their box. Solid or dashed lines, labelled
 * upright markers ("Today", the due date), a legend in text and the figures as a screen reader's table (one row a
 * point; the drawing is aria-hidden).
 */
export function LineChart({
  id,
  chart,
  caption,
  pointHeader,
  legend,
}: {
  id: string;
  chart: TLineChart;
  caption: string;
  pointHeader: string;
  /** The key's words, in the page's language. */
  legend: TLegendWords;
}) {
  const { xs, series, markers, ticks, unit } = chart;
  const yMax = chart.yMax ?? niceScale(Math.max(0, ...series.flatMap((s) => s.values))).max;
  const yTicks = chart.yMax ? niceScale(chart.yMax, { targetTicks: 4 }).ticks : niceScale(yMax).ticks;
  const first = xs[0] ?? 0;
  const last = xs.at(-1) ?? first + 1;
  const span = last > first ? last - first : 1;
  const plotW = W - LEFT - RIGHT;
  const plotTop = 10 + MARKER_ROW * Math.max(1, markers.length);
  const plotH = H - plotTop - BOTTOM;
  const x = (at: number) => LEFT + ((at - first) / span) * plotW;
  const y = (v: number) => plotTop + plotH - (v / yMax) * plotH;
  return (
    <figure className="chart" data-chart={id}>
      <svg viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false" className="chart-svg">
        {yTicks.map((t) => (
          <g key={t} className="chart-grid">
            <line x1={LEFT} x2={W - RIGHT} y1={y(t)} y2={y(t)} />
            <text x={LEFT - 4} y={y(t) + 4} textAnchor="end">
              {formatChartValue(t, unit)}
            </text>
          </g>
        ))}
        {ticks.map((t) => (
          <text key={t.at} x={x(t.at)} y={H - 9} textAnchor="middle" className="chart-axis-label">
            {t.label}
          </text>
        ))}
        {markers.map((m, i) => {
          const at = x(m.at);
          // The label sits above the plot on the side with room, a row of its own for each marker.
          const anchor = at > LEFT + plotW / 2 ? "end" : "start";
          return (
            <g key={m.label} className="chart-marker" data-marker={m.label}>
              <line x1={at} x2={at} y1={10 + i * MARKER_ROW + 2} y2={plotTop + plotH} />
              <text x={anchor === "end" ? at - 3 : at + 3} y={10 + (i + 1) * MARKER_ROW - 4} textAnchor={anchor}>
                {m.label}
              </text>
            </g>
          );
        })}
        {series.map((s, n) => (
          <polyline
            key={s.name}
            data-line={s.name}
            points={s.values.map((v, i) => `${x(xs[i] ?? first).toFixed(1)},${y(v).toFixed(1)}`).join(" ")}
            className={`chart-line chart-series-${n}${s.style === "dashed" ? " chart-line-dashed" : ""}`}
          />
        ))}
        <line x1={LEFT} x2={W - RIGHT} y1={plotTop + plotH} y2={plotTop + plotH} className="chart-axis" />
      </svg>
      <ChartLegend
        kind="line"
        words={legend}
        items={series.map((s, n) => ({ name: s.name, style: s.style, series: n }))}
      />
      <ChartTable
        caption={caption}
        rowHeader={pointHeader}
        columns={series.map((s) => s.name)}
        rows={chart.pointLabels.map((label, i) => ({
          label,
          cells: series.map((s) => formatChartValue(s.values[i] ?? 0, unit)),
        }))}
      />
    </figure>
  );
}
