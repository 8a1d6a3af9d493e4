import { citationText } from "@/lib/course/citation";
import type { TChart, TChartPoint } from "@/lib/course/figures-schema";
import type { TSource } from "@/lib/course/schema";
import { BAR, FIGURE_WIDTH, layoutBars } from "@/lib/figures/layout";
import { FigureFrame } from "./figure-frame";
import { FigureTable } from "./figure-table";

// A series is told apart by its fill's pattern as well as its colour: solid, hatched, dotted.
const SERIES_LOOK = ["solid", "hatched", "dotted"] as const;

/** The figure as the table gives it: the article's words, and the value drawn where the words are not that number. */
function figureText(p: TChartPoint): string {
  const drawn = p.unit === "percent" ? `${p.value}%` : p.value.toLocaleString("en-GB");
  return p.as.includes(drawn) ? p.as : `${p.as} (drawn as ${drawn})`;
}

/**
 * A chart of the course's own figures (content/figures.yaml), drawn on the server as SVG: one bar per figure, under
 * its label, with the figure in the article's words beside it. The drawing is hidden from screen readers, which get
 * the same figures as a table with each one's period, area, data set and source; the sources are cited under it.
 */
export function CourseChart({ chart, sources }: { chart: TChart; sources: Record<string, TSource> }) {
  const layout = layoutBars(chart);
  const points = chart.series.flatMap((s) => s.points);
  const cited = [...new Set(points.map((p) => p.source.seed))]
    .map((seed) => Object.values(sources).find((s) => s.kind === "article" && s.seed === seed))
    .filter((s): s is TSource => s !== undefined);
  const sourceLabel = (p: TChartPoint) => {
    const s = cited.find((c) => c.kind === "article" && c.seed === p.source.seed);
    return s ? s.label : p.source.publisher;
  };
  return (
    <FigureFrame id={chart.id} kind="chart" title={chart.title} caption={chart.caption}>
      <svg
        viewBox={`0 0 ${FIGURE_WIDTH} ${layout.height}`}
        aria-hidden="true"
        focusable="false"
        className="block h-auto w-full max-w-[30rem]"
        data-chart-svg={chart.id}
      >
        <defs>
          <pattern
            id={`${chart.id}-hatched`}
            width="7"
            height="7"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="7" height="7" className="fill-white" />
            <line x1="2" y1="0" x2="2" y2="7" strokeWidth="3" className="stroke-brand-700" />
          </pattern>
          <pattern id={`${chart.id}-dotted`} width="6" height="6" patternUnits="userSpaceOnUse">
            <rect width="6" height="6" className="fill-white" />
            <circle cx="3" cy="3" r="1.8" className="fill-slate-800" />
          </pattern>
        </defs>
        {layout.rows.map((row, i) => {
          const look = SERIES_LOOK[row.seriesIndex % SERIES_LOOK.length] ?? "solid";
          const fill = look === "solid" ? undefined : `url(#${chart.id}-${look})`;
          return (
            <g key={i} data-bar={row.label.join(" ")}>
              {row.label.map((line, n) => (
                <text
                  key={`l${n}`}
                  x={layout.left}
                  y={row.y + (n + 1) * BAR.line - 4}
                  fontSize={BAR.labelSize}
                  className="fill-slate-900 font-semibold"
                >
                  {line}
                </text>
              ))}
              {row.series.map((line, n) => (
                <text
                  key={`s${n}`}
                  x={layout.left}
                  y={row.y + (row.label.length + n + 1) * BAR.line - 4}
                  fontSize={BAR.seriesSize}
                  className="fill-slate-700"
                >
                  {line}
                </text>
              ))}
              {layout.track ? (
                <rect
                  x={layout.left}
                  y={row.barY}
                  width={layout.plotWidth}
                  height={BAR.barHeight}
                  className="fill-slate-100 stroke-slate-300"
                />
              ) : null}
              <rect
                x={layout.left}
                y={row.barY}
                width={row.barWidth}
                height={BAR.barHeight}
                fill={fill}
                className={`stroke-brand-800 ${look === "solid" ? "fill-brand-700" : ""}`}
              />
              <text
                x={row.textX}
                y={row.barY + BAR.barHeight / 2 + BAR.valueSize * 0.36}
                fontSize={BAR.valueSize}
                textAnchor={row.textInside ? "end" : "start"}
                className={`font-semibold ${row.textInside && look === "solid" ? "fill-white" : "fill-slate-900"}`}
                paintOrder={row.textInside && look !== "solid" ? "stroke" : undefined}
                stroke={row.textInside && look !== "solid" ? "white" : undefined}
                strokeWidth={row.textInside && look !== "solid" ? 4 : undefined}
              >
                {row.text}
              </text>
            </g>
          );
        })}
      </svg>
      {layout.track ? (
        <p className="text-sm text-slate-700">The grey band behind each bar is the whole: 100%.</p>
      ) : null}
      <p className="text-sm text-slate-700" data-figure-source>
        {cited.length === 1 ? "Source" : "Sources"}:{" "}
        {cited.map((s, i) => (
          <span key={s.id}>
            {i ? "; " : ""}
            <span className="font-medium">{s.label}</span>: {citationText(s)}
          </span>
        ))}
      </p>
      <FigureTable
        caption={`${chart.title}: the figures`}
        rowHeader={chart.labelHeader}
        columns={[...(chart.series.length > 1 ? ["Series"] : []), "Figure", "Period", "Area", "Data set", "Source"]}
        rows={chart.series.flatMap((s) =>
          s.points.map((p) => ({
            label: p.label,
            cells: [
              ...(chart.series.length > 1 ? [s.name] : []),
              figureText(p),
              p.period,
              p.area,
              p.dataset,
              sourceLabel(p),
            ],
          })),
        )}
      />
    </FigureFrame>
  );
}
