import type { TBarChart, TLineChart } from "../charts/series";
import { formatCalendarMonth, formatDate, formatShortDate } from "../format/dates";
import type { TCoverageChart } from "./coverage";
import type { TMonthAhead } from "./months-ahead";

export const MONTHS_AHEAD_SERIES = {
  overdue: "Become overdue unless they complete",
  expiring: "Certificates run out",
} as const;
export const COVERAGE_SERIES = { covered: "Holding a valid certificate", due: "Due by then" } as const;

/** The months ahead as a chart: people becoming overdue as solid bars, certificates running out as hatched ones. */
export function monthsAheadChart(ahead: readonly TMonthAhead[]): TBarChart {
  return {
    labels: ahead.map((m) => formatCalendarMonth(m.month)),
    shortLabels: ahead.map((m) => formatCalendarMonth(m.month, { short: true })),
    series: [
      { name: MONTHS_AHEAD_SERIES.overdue, style: "solid", values: ahead.map((m) => m.becomingOverdue) },
      { name: MONTHS_AHEAD_SERIES.expiring, style: "hatched", values: ahead.map((m) => m.expiring) },
    ],
  };
}

/** The due-date marker's words: one shared due date, or the latest of several. */
export function dueDateLabel(chart: Pick<TCoverageChart, "latestDue" | "oneDueDate">): string | null {
  if (!chart.latestDue) return null;
  return `${chart.oneDueDate ? "Due" : "Last due"} ${formatShortDate(chart.latestDue)}`;
}

/** Whom a completion chart counts and by when, in words: "12 people; due date 31 March 2027." */
export function describeCoverageChart(chart: Pick<TCoverageChart, "points" | "latestDue" | "oneDueDate">): string {
  const total = chart.points.at(-1)?.total ?? 0;
  const people = `${total} ${total === 1 ? "person" : "people"}`;
  if (!chart.latestDue) return `${people}, none with a due date.`;
  return `${people}; ${chart.oneDueDate ? "due date" : "latest due date"} ${formatDate(chart.latestDue)}.`;
}

/**
 * Completion over time as a chart: the share holding a valid certificate (solid) against the share due by then
 * (dashed), with today and the due date marked. The x axis is labelled every eight weeks or so.
 */
export function coverageLineChart(chart: TCoverageChart, now: Date): TLineChart {
  const xs = chart.points.map((p) => p.at.getTime());
  const every = Math.max(1, Math.ceil(xs.length / 5));
  const first = xs[0] ?? now.getTime();
  const last = xs.at(-1) ?? first;
  const due = dueDateLabel(chart);
  const dueAt = chart.latestDue?.getTime();
  return {
    xs,
    pointLabels: chart.points.map((p) => formatDate(p.at)),
    ticks: chart.points.flatMap((p, i) =>
      i % every === 0 ? [{ at: p.at.getTime(), label: formatShortDate(p.at).replace(/ \d{4}$/, "") }] : [],
    ),
    markers: [
      { at: now.getTime(), label: "Today" },
      ...(due && dueAt !== undefined && dueAt >= first && dueAt <= last ? [{ at: dueAt, label: due }] : []),
    ],
    series: [
      { name: COVERAGE_SERIES.covered, style: "solid", values: chart.points.map((p) => p.coveredPercent) },
      { name: COVERAGE_SERIES.due, style: "dashed", values: chart.points.map((p) => p.duePercent) },
    ],
    yMax: 100,
    unit: "percent",
  };
}
