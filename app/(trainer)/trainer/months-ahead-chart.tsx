import { getTranslations } from "next-intl/server";
import { BarChart } from "@/components/charts/bar-chart";
import { Card, CardTitle } from "@/components/ui/card";
import { monthsAheadChart } from "@/lib/compliance/chart-data";
import type { TMonthAhead } from "@/lib/compliance/months-ahead";
import { getChartWords } from "./chart-words";

/** This month and the next five: who becomes overdue unless they complete, and whose certificates run out. */
export async function MonthsAheadChart({ ahead, group }: { ahead: readonly TMonthAhead[]; group: boolean }) {
  const [t, { words, legend }] = await Promise.all([getTranslations("TrainerCharts"), getChartWords()]);
  return (
    <Card aria-labelledby="months-ahead-title" padding="p-4">
      <CardTitle id="months-ahead-title">{t("monthsAheadTitle")}</CardTitle>
      <p id="months-ahead-caption" className="mt-1 text-sm text-slate-700">
        {t("monthsAheadIntro", { inGroup: group ? "yes" : "no" })}
      </p>
      <BarChart
        id="months-ahead"
        chart={monthsAheadChart(ahead, words)}
        caption={t("monthsAheadCaption")}
        labelHeader={t("month")}
        legend={legend}
      />
    </Card>
  );
}
