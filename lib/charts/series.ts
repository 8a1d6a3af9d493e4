/**
 * What a chart shows, as data, for the screen (components/charts) and the PDF (lib/pdf) alike. Each series has a
 * `style` as well as a colour, so no meaning rests on colour alone: bars are solid or hatched, lines solid or dashed.
 */
export type TBarSeries = { name: string; style: "solid" | "hatched"; values: number[] };

export type TBarChart = {
  /** One per group of bars, in full ("March 2027"), for the table and the PDF. */
  labels: string[];
  /** The same, short enough for the axis at 375 px ("Mar"). */
  shortLabels?: string[];
  series: TBarSeries[];
};

export type TLineSeries = { name: string; style: "solid" | "dashed"; values: number[] };

export type TLineChart = {
  /** Where each point sits along the x axis (e.g. a time in ms), ascending; one per value of every series. */
  xs: number[];
  /** Each point's label in full, for the table ("3 December 2026"). */
  pointLabels: string[];
  /** The x axis's labelled gridlines. */
  ticks: { at: number; label: string }[];
  /** Upright lines marking a moment ("Today", "Due date"), labelled in text. */
  markers: { at: number; label: string }[];
  series: TLineSeries[];
  /** The y axis's top (100 for a share); otherwise a nice scale over the values. */
  yMax?: number;
  /** How a value is written: a share ("45%") or a count ("45"). */
  unit: "percent" | "count";
};

/** A value as the chart, its table and the PDF write it. */
export function formatChartValue(value: number, unit: "percent" | "count" = "count"): string {
  return unit === "percent" ? `${value}%` : String(value);
}
