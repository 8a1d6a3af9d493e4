import { drawBarChart } from "../pdf/bar-chart";
import type { TFlow } from "../pdf/flow";
import { drawLineChart } from "../pdf/line-chart";
import { coverageLineChart, describeCoverageChart, monthsAheadChart } from "./chart-data";
import type { TEvidence } from "./evidence";
import type { TEvidenceWords } from "./evidence-words";

/** The months ahead, as on the dashboard: the chart, then its figures as a table (what a reader copies out). */
export function drawMonthsAhead(flow: TFlow, e: TEvidence, { t, charts }: TEvidenceWords) {
  flow.heading(t("monthsAhead"));
  flow.text(t("monthsAheadIntro"));
  const chart = monthsAheadChart(e.summary.ahead, charts);
  flow.space(4);
  drawBarChart(flow, chart, (style) => (style === "hatched" ? t("hatchedBars") : t("solidBars")));
  flow.table(
    [
      { header: t("month"), width: flow.width / 3 },
      { header: charts.becomeOverdue, width: flow.width / 3 },
      { header: charts.certificatesRunOut, width: flow.width / 3 },
    ],
    chart.labels.map((label, i) => [label, ...chart.series.map((s) => String(s.values[i] ?? 0))]),
  );
}

/** Completion over time against the due date, for everyone in the pack and then each group, a chart each. */
export function drawCompletionOverTime(flow: TFlow, e: TEvidence, { t, charts }: TEvidenceWords) {
  flow.heading(t("coverage"));
  flow.text(t("coverageIntro"));
  for (const chart of e.coverage.charts) {
    const now = chart.points.find((p) => p.at.getTime() === e.coverage.now.getTime());
    // A chart's title and figures stay on the page with it.
    flow.ensure(230);
    flow.space(6);
    flow.text(chart.groupId ? t("groupTitle", { name: chart.name }) : t("everyone"), { size: 11, gap: 1 });
    flow.text(
      t("coverageNow", {
        description: describeCoverageChart(chart, charts),
        covered: now?.coveredPercent ?? 0,
        due: now?.duePercent ?? 0,
      }),
      { size: 9 },
    );
    drawLineChart(flow, coverageLineChart(chart, e.coverage.now, charts), (style) =>
      style === "dashed" ? t("dashedLine") : t("solidLine"),
    );
  }
}
