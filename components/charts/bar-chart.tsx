import { formatChartValue, type TBarChart } from "@/lib/charts/series";
import { niceScale } from "@/lib/charts/scale";
import { ChartLegend, type TLegendWords } from "./chart-legend";
import { ChartTable } from "./chart-table";

const W = 400;
const H = 250;
const LEFT = 34;
const RIGHT = 6;
const TOP = 24;
const BOTTOM = 30;

/**
 * Grouped bars drawn on the server as SVG, as wide as their box (the viewBox scales, so it reads at 375 px). Solid
 * or hatched bars, each with its value printed on it, a legend in text, and the same figures as a screen reader's
 * table (the drawing is aria-hidden). `id`: unique on the page (the hatching pattern is named after it).
 */
export function BarChart({
  id,
  chart,
  caption,
  labelHeader,
  legend,
}: {
  id: string;
  chart: TBarChart;
  caption: string;
  labelHeader: string;
  /** The key's words, in the page's language. */
  legend: TLegendWords;
}) {
  const { labels, series } = chart;
  const short = chart.shortLabels ?? labels;
  const scale = niceScale(Math.max(0, ...series.flatMap((s) => s.values)));
  const plotW = W - LEFT - RIGHT;
  const plotH = H - TOP - BOTTOM;
  const groupW = plotW / Math.max(1, labels.length);
  const barW = (groupW * 0.76) / Math.max(1, series.length);
  const y = (v: number) => TOP + plotH - (v / scale.max) * plotH;
  const hatch = `${id}-hatch`;
  return (
    <figure className="chart" data-chart={id}>
      <svg viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false" className="chart-svg">
        <defs>
          {series.map((s, n) =>
            s.style === "hatched" ? (
              <pattern
                key={s.name}
                id={`${hatch}-${n}`}
                width="6"
                height="6"
                patternUnits="userSpaceOnUse"
                patternTransform="rotate(45)"
              >
                <rect width="6" height="6" className="chart-hatch-ground" />
                <line x1="1.5" y1="0" x2="1.5" y2="6" className={`chart-hatch-line chart-series-${n}`} />
              </pattern>
            ) : null,
          )}
        </defs>
        {scale.ticks.map((t) => (
          <g key={t} className="chart-grid">
            <line x1={LEFT} x2={W - RIGHT} y1={y(t)} y2={y(t)} />
            <text x={LEFT - 4} y={y(t) + 4} textAnchor="end">
              {t}
            </text>
          </g>
        ))}
        {labels.map((label, i) => {
          const x0 = LEFT + i * groupW + groupW * 0.12;
          return (
            <g key={label}>
              {series.map((s, n) => {
                const value = s.values[i] ?? 0;
                const x = x0 + n * barW;
                const top = y(value);
                return (
                  <g key={s.name}>
                    <rect
                      data-bar={s.name}
                      data-label={label}
                      data-value={value}
                      x={x + 1}
                      y={top}
                      width={barW - 2}
                      height={Math.max(0, TOP + plotH - top)}
                      className={`chart-bar chart-bar-${s.style} chart-series-${n}`}
                      // A style, not the fill attribute: the stylesheet's fill would win over an attribute.
                      style={s.style === "hatched" ? { fill: `url(#${hatch}-${n})` } : undefined}
                    />
                    <text x={x + barW / 2} y={top - 4} textAnchor="middle" className="chart-value">
                      {formatChartValue(value)}
                    </text>
                  </g>
                );
              })}
              <text x={LEFT + i * groupW + groupW / 2} y={H - 9} textAnchor="middle" className="chart-axis-label">
                {short[i]}
              </text>
            </g>
          );
        })}
        <line x1={LEFT} x2={W - RIGHT} y1={TOP + plotH} y2={TOP + plotH} className="chart-axis" />
      </svg>
      <ChartLegend
        kind="bar"
        words={legend}
        items={series.map((s, n) => ({ name: s.name, style: s.style, series: n }))}
      />
      <ChartTable
        caption={caption}
        rowHeader={labelHeader}
        columns={series.map((s) => s.name)}
        rows={labels.map((label, i) => ({ label, cells: series.map((s) => formatChartValue(s.values[i] ?? 0)) }))}
      />
    </figure>
  );
}
