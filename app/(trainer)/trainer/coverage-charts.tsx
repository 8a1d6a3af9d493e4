import { getTranslations } from "next-intl/server";
import { LineChart } from "@/components/charts/line-chart";
import { Card, CardTitle } from "@/components/ui/card";
import { coverageLineChart, describeCoverageChart } from "@/lib/compliance/chart-data";
import type { TCoverageCharts } from "@/lib/compliance/coverage";
import { getChartWords } from "./chart-words";

/**
 * Completion over time against the due date: everyone the trainer may see, then each of their groups, each a chart
 * with its own heading, the same fortnights on every one.
 */
export async function CoverageCharts({ coverage }: { coverage: TCoverageCharts }) {
  const [everyone, ...groups] = coverage.charts;
  if (!everyone) return null;
  const [t, { words, legend }] = await Promise.all([getTranslations("TrainerCharts"), getChartWords()]);
  return (
    <Card aria-labelledby="coverage-title" padding="p-4">
      <CardTitle id="coverage-title">{t("coverageTitle")}</CardTitle>
      <p className="mt-1 text-sm text-slate-700">{t("coverageIntro")}</p>
      <div className="mt-3 grid gap-6 lg:grid-cols-2">
        {[everyone, ...groups].map((chart, i) => {
          const title = chart.groupId ? t("groupTitle", { name: chart.name }) : t("everyone");
          return (
            <section key={chart.groupId ?? "everyone"} aria-labelledby={`coverage-${i}-title`}>
              <h3 id={`coverage-${i}-title`} className="font-semibold">
                {title}
              </h3>
              <p className="text-sm text-slate-700">{describeCoverageChart(chart, words)}</p>
              <LineChart
                id={`coverage-${i}`}
                chart={coverageLineChart(chart, coverage.now, words)}
                caption={t("coverageCaption", { inGroup: chart.groupId ? "yes" : "no", name: chart.name })}
                pointHeader={t("date")}
                legend={legend}
              />
            </section>
          );
        })}
      </div>
    </Card>
  );
}
