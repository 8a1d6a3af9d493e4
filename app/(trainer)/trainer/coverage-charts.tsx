import { LineChart } from "@/components/charts/line-chart";
import { Card, CardTitle } from "@/components/ui/card";
import { coverageLineChart, describeCoverageChart } from "@/lib/compliance/chart-data";
import type { TCoverageCharts } from "@/lib/compliance/coverage";

/**
 * Completion over time against the due date: everyone the trainer may see, then each of their groups, each a chart
 * with its own heading, the same fortnights on every one.
 */
export function CoverageCharts({ coverage }: { coverage: TCoverageCharts }) {
  const [everyone, ...groups] = coverage.charts;
  if (!everyone) return null;
  return (
    <Card aria-labelledby="coverage-title" padding="p-4">
      <CardTitle id="coverage-title">Completion over time</CardTitle>
      <p className="mt-1 text-sm text-slate-700">
        Every fortnight over the last six months and on to the latest due date: the share of people holding a valid
        certificate (solid line) against the share whose due date had passed by then (dashed line). Certificates that
        run out or are revoked stop counting; the future assumes nobody renews.
      </p>
      <div className="mt-3 grid gap-6 lg:grid-cols-2">
        {[everyone, ...groups].map((chart, i) => {
          const title = chart.groupId ? `Group: ${chart.name}` : "Everyone you can see";
          return (
            <section key={chart.groupId ?? "everyone"} aria-labelledby={`coverage-${i}-title`}>
              <h3 id={`coverage-${i}-title`} className="font-semibold">
                {title}
              </h3>
              <p className="text-sm text-slate-700">{describeCoverageChart(chart)}</p>
              <LineChart
                id={`coverage-${i}`}
                chart={coverageLineChart(chart, coverage.now)}
                caption={`Completion over time, ${chart.groupId ? `group ${chart.name}` : "everyone you can see"}: share holding a valid certificate and share due, by date`}
                pointHeader="Date"
              />
            </section>
          );
        })}
      </div>
    </Card>
  );
}
