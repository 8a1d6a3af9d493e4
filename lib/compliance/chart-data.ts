import type { TBarChart, TLineChart } from "../charts/series";
import { formatCalendarMonth, formatDate, formatShortDate } from "../format/dates";
import type { TCoverageChart } from "./coverage";
import type { TMonthAhead } from "./months-ahead";

export const MONTHS_AHEAD_SERIES = {
  overdue: "Become overdue unless they complete",
  expiring: "Certificates run out",
} as const;
export const COVERAGE_SERIES = { covered: "Holding a valid certificate", due: "Due by then" } as const;

/**
 * The words and the language of the charts: the page passes its own (translated, lib/i18n/messages trainer.json,
 * TrainerCharts); English by default (the evidence pack, the tests). Dates and month names follow `locale`.
 */
export type TChartWords = {
  locale?: string;
  becomeOverdue: string;
  certificatesRunOut: string;
  holdingCertificate: string;
  dueByThen: string;
  today: string;
  dueOn: (date: string) => string;
  lastDueOn: (date: string) => string;
  /** "12 people; due date 31 March 2027.": `date` null when nobody has a due date; `latest` when there are several. */
  people: (total: number, date: string | null, latest: boolean) => string;
};

const peopleInEnglish = (total: number) => `${total} ${total === 1 ? "person" : "people"}`;

export const ENGLISH_CHART_WORDS: TChartWords = {
  becomeOverdue: MONTHS_AHEAD_SERIES.overdue,
  certificatesRunOut: MONTHS_AHEAD_SERIES.expiring,
  holdingCertificate: COVERAGE_SERIES.covered,
  dueByThen: COVERAGE_SERIES.due,
  today: "Today",
  dueOn: (date) => `Due ${date}`,
  lastDueOn: (date) => `Last due ${date}`,
  people: (total, date, latest) =>
    date === null
      ? `${peopleInEnglish(total)}, none with a due date.`
      : `${peopleInEnglish(total)}; ${latest ? "latest due date" : "due date"} ${date}.`,
};

/** The months ahead as a chart: people becoming overdue as solid bars, certificates running out as hatched ones. */
export function monthsAheadChart(ahead: readonly TMonthAhead[], words: TChartWords = ENGLISH_CHART_WORDS): TBarChart {
  const { locale } = words;
  return {
    labels: ahead.map((m) => formatCalendarMonth(m.month, { locale })),
    shortLabels: ahead.map((m) => formatCalendarMonth(m.month, { short: true, locale })),
    series: [
      { name: words.becomeOverdue, style: "solid", values: ahead.map((m) => m.becomingOverdue) },
      { name: words.certificatesRunOut, style: "hatched", values: ahead.map((m) => m.expiring) },
    ],
  };
}

/** The due-date marker's words: one shared due date, or the latest of several. */
export function dueDateLabel(
  chart: Pick<TCoverageChart, "latestDue" | "oneDueDate">,
  words: TChartWords = ENGLISH_CHART_WORDS,
): string | null {
  if (!chart.latestDue) return null;
  const date = formatShortDate(chart.latestDue, { locale: words.locale });
  return chart.oneDueDate ? words.dueOn(date) : words.lastDueOn(date);
}

/** Whom a completion chart counts and by when, in words: "12 people; due date 31 March 2027." */
export function describeCoverageChart(
  chart: Pick<TCoverageChart, "points" | "latestDue" | "oneDueDate">,
  words: TChartWords = ENGLISH_CHART_WORDS,
): string {
  const total = chart.points.at(-1)?.total ?? 0;
  if (!chart.latestDue) return words.people(total, null, false);
  return words.people(total, formatDate(chart.latestDue, { locale: words.locale }), !chart.oneDueDate);
}

/**
 * Completion over time as a chart: the share holding a valid certificate (solid) against the share due by then
 * (dashed), with today and the due date marked. The x axis is labelled every eight weeks or so.
 */
export function coverageLineChart(
  chart: TCoverageChart,
  now: Date,
  words: TChartWords = ENGLISH_CHART_WORDS,
): TLineChart {
  const { locale } = words;
  const xs = chart.points.map((p) => p.at.getTime());
  const every = Math.max(1, Math.ceil(xs.length / 5));
  const first = xs[0] ?? now.getTime();
  const last = xs.at(-1) ?? first;
  const due = dueDateLabel(chart, words);
  const dueAt = chart.latestDue?.getTime();
  return {
    xs,
    pointLabels: chart.points.map((p) => formatDate(p.at, { locale })),
    ticks: chart.points.flatMap((p, i) =>
      i % every === 0 ? [{ at: p.at.getTime(), label: formatShortDate(p.at, { locale }).replace(/ \d{4}$/, "") }] : [],
    ),
    markers: [
      { at: now.getTime(), label: words.today },
      ...(due && dueAt !== undefined && dueAt >= first && dueAt <= last ? [{ at: dueAt, label: due }] : []),
    ],
    series: [
      { name: words.holdingCertificate, style: "solid", values: chart.points.map((p) => p.coveredPercent) },
      { name: words.dueByThen, style: "dashed", values: chart.points.map((p) => p.duePercent) },
    ],
    yMax: 100,
    unit: "percent",
  };
}
