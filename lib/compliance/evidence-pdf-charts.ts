import { drawBarChart } from "../pdf/bar-chart";
import type { TFlow } from "../pdf/flow";
import { drawLineChart } from "../pdf/line-chart";
import { coverageLineChart, describeCoverageChart, monthsAheadChart, MONTHS_AHEAD_SERIES } from "./chart-data";
import type { TEvidence } from "./evidence";

/** The months ahead, as on the dashboard: the chart, then its figures as a table (what a reader copies out). */
export function drawMonthsAhead(flow: TFlow, e: TEvidence) {
  flow.heading("The months ahead");
  flow.text(
    "For this month and the next five: how many people become overdue in each month unless they complete the course first, and how many certificates run out unless they are renewed.",
  );
  const chart = monthsAheadChart(e.summary.ahead);
  flow.space(4);
  drawBarChart(flow, chart);
  flow.table(
    [
      { header: "Month", width: flow.width / 3 },
      { header: MONTHS_AHEAD_SERIES.overdue, width: flow.width / 3 },
      { header: MONTHS_AHEAD_SERIES.expiring, width: flow.width / 3 },
    ],
    chart.labels.map((label, i) => [label, ...chart.series.map((s) => String(s.values[i] ?? 0))]),
  );
}

/** Completion over time against the due date, for everyone in the pack and then each group, a chart each. */
export function drawCompletionOverTime(flow: TFlow, e: TEvidence) {
  flow.heading("Completion over time");
  flow.text(
    "Every fortnight over the last six months and on to the latest due date: the share of people holding a valid certificate (solid line) against the share whose due date had passed by then (dashed line). Certificates that run out or are revoked stop counting; the future assumes nobody renews.",
  );
  for (const chart of e.coverage.charts) {
    const now = chart.points.find((p) => p.at.getTime() === e.coverage.now.getTime());
    // A chart's title and figures stay on the page with it.
    flow.ensure(230);
    flow.space(6);
    flow.text(chart.groupId ? `Group: ${chart.name}` : "Everyone", { size: 11, gap: 1 });
    flow.text(
      `${describeCoverageChart(chart)} Now ${now?.coveredPercent ?? 0}% hold a valid certificate; ${now?.duePercent ?? 0}% were due by today.`,
      { size: 9 },
    );
    drawLineChart(flow, coverageLineChart(chart, e.coverage.now));
  }
}
