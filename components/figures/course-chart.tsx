import { getTranslations } from "next-intl/server";
import { ChartTable } from "@/components/charts/chart-table";
import { citationText } from "@/lib/course/citation";
import type { TChart, TChartPoint } from "@/lib/course/figures-schema";
import type { TSource } from "@/lib/course/schema";
import { BAR, FIGURE_WIDTH, layoutBars } from "@/lib/figures/layout";
import { FigureFrame } from "./figure-frame";

// A series is told apart by its fill's pattern as well as its colour: solid, hatched, dotted.
const SERIES_LOOK = ["solid", "hatched", "dotted"] as const;

/** The figure as the table gives it: the article's words, and the value drawn where the words are not that number. */
function figureText(p: TChartPoint, drawnAs: (as: string, drawn: string) => string): string {
  const drawn = p.unit === "percent" ? `${p.value}%` : p.value.toLocaleString("en-GB");
  return p.as.includes(drawn) ? p.as : drawnAs(p.as, drawn);
}

/**
 * A chart of the course's own figures (content/figures.yaml), drawn on the server as SVG: one bar per figure, under
 * its label, with the figure in the article's words beside it. The drawing is hidden from screen readers, which get
 * the same figures as a table with each one's period, area, data set and source; the sources are cited under it.
 */
export async function CourseChart({ chart, sources }: { chart: TChart; sources: Record<string, TSource> }) {
  const t = await getTranslations("Figures");
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
        className="block h-auto w-full max-w-[28rem]"
        data-chart-svg={chart.id}
      >
        <defs>
          {chart.series.map((_, n) => {
            const look = SERIES_LOOK[n % SERIES_LOOK.length];
            if (look === "solid") return null;
            return (
              <pattern
                key={n}
                id={`${chart.id}-series-${n}`}
                width="7"
                height="7"
                patternUnits="userSpaceOnUse"
                patternTransform={look === "hatched" ? "rotate(45)" : undefined}
                className={`chart-series-${n}`}
              >
                <rect width="7" height="7" className="chart-hatch-ground" />
                {look === "hatched" ? (
                  <line x1="2" y1="0" x2="2" y2="7" className="chart-hatch-line" />
                ) : (
                  <circle cx="3.5" cy="3.5" r="1.9" style={{ fill: "var(--chart-colour)" }} />
                )}
              </pattern>
            );
          })}
        </defs>
        {layout.rows.map((row, i) => {
          const look = SERIES_LOOK[row.seriesIndex % SERIES_LOOK.length] ?? "solid";
          // The series' colour (app/styles/charts.css) and its pattern: solid, hatched or dotted.
          const fill = look === "solid" ? "var(--chart-colour)" : `url(#${chart.id}-series-${row.seriesIndex})`;
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
                strokeWidth="1.5"
                className={`chart-series-${row.seriesIndex}`}
                style={{ fill, stroke: "var(--chart-colour)" }}
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
      {layout.track ? <p className="text-sm text-slate-700">{t("wholeBand")}</p> : null}
      <p className="text-sm text-slate-700" data-figure-source>
        {t("sources", { count: cited.length })}
        {cited.map((s, i) => (
          <span key={s.id}>
            {i ? "; " : ""}
            <span className="font-medium">{s.label}</span>: {citationText(s)}
          </span>
        ))}
      </p>
      <ChartTable
        caption={t("tableCaption", { title: chart.title })}
        rowHeader={chart.labelHeader}
        columns={[
          ...(chart.series.length > 1 ? [t("series")] : []),
          t("figure"),
          t("period"),
          t("area"),
          t("dataset"),
          t("source"),
        ]}
        rows={chart.series.flatMap((s) =>
          s.points.map((p) => ({
            label: p.label,
            cells: [
              ...(chart.series.length > 1 ? [s.name] : []),
              figureText(p, (as, drawn) => t("drawnAs", { as, drawn })),
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
