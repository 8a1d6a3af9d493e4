import { BarChart } from "@/components/charts/bar-chart";
import { Card, CardTitle } from "@/components/ui/card";
import { monthsAheadChart } from "@/lib/compliance/chart-data";
import type { TMonthAhead } from "@/lib/compliance/months-ahead";

/** This month and the next five: who becomes overdue unless they complete, and whose certificates run out. */
export function MonthsAheadChart({ ahead, group }: { ahead: readonly TMonthAhead[]; group: boolean }) {
  const who = group ? "in this group" : "you can see";
  return (
    <Card aria-labelledby="months-ahead-title" padding="p-4">
      <CardTitle id="months-ahead-title">The months ahead</CardTitle>
      <p id="months-ahead-caption" className="mt-1 text-sm text-slate-700">
        For this month and the next five: how many people {who} become overdue in each month unless they complete the
        course first, and how many certificates run out unless they are renewed.
      </p>
      <BarChart
        id="months-ahead"
        chart={monthsAheadChart(ahead)}
        caption="The months ahead: people becoming overdue and certificates running out, by month"
        labelHeader="Month"
      />
    </Card>
  );
}
