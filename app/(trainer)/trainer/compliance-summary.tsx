import type { getComplianceSummary } from "@/lib/compliance/dashboard";
import { Card } from "@/components/ui/card";

type TSummary = Awaited<ReturnType<typeof getComplianceSummary>>;

/** The six headline figures across the top of the compliance dashboard. */
export function ComplianceSummary({ summary }: { summary: TSummary }) {
  const headline: [string, number | string, string?][] = [
    ["Completion", `${summary.completionPercent}%`],
    ["Completed", summary.byStatus.completed + summary.byStatus.expiring],
    ["In progress", summary.byStatus["in-progress"]],
    ["Not started", summary.byStatus["not-started"]],
    ["Overdue", summary.byStatus.overdue, "text-red-700"],
    ["Expiring in 30 days", summary.byStatus.expiring, "text-amber-800"],
  ];
  return (
    <section aria-label="Headline figures" className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
      {headline.map(([label, value, colour]) => (
        <Card as="div" padding="p-4" key={label}>
          <p className="text-sm text-slate-600">{label}</p>
          <p
            className={`text-2xl font-bold ${colour ?? ""}`}
            data-testid={`headline-${label.toLowerCase().replace(/\s+/g, "-")}`}
          >
            {value}
          </p>
        </Card>
      ))}
    </section>
  );
}
