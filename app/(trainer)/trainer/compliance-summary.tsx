import Link from "next/link";
import type { getComplianceSummary } from "@/lib/compliance/dashboard";
import { dashboardQueryString, type TDashboardQuery } from "@/lib/compliance/filters";
import { describeExpiringSoon } from "@/lib/compliance/headline";
import type { TLearnerStatus } from "@/lib/enrolments/status";
import { cardClassName } from "@/components/ui/card";

type TSummary = Awaited<ReturnType<typeof getComplianceSummary>>;

type TTile = { label: string; value: number | string; colour?: string; status?: TLearnerStatus; note?: string };

/**
 * The six headline figures across the top of the compliance dashboard. A figure that is one status is also a filter:
 * it lists exactly the people it counts (again to show everyone). "Completed" counts those expiring too (a valid
 * certificate is a completion), says how many of them expire soon, and, not being one status, filters nothing.
 */
export function ComplianceSummary({ summary, base }: { summary: TSummary; base: Partial<TDashboardQuery> }) {
  const tiles: TTile[] = [
    { label: "Completion", value: `${summary.headline.completionPercent}%` },
    // The evidence pack prints the same figure and note, from the same headlineFigures.
    { label: "Completed", value: summary.headline.completed, note: describeExpiringSoon(summary.headline) },
    { label: "In progress", value: summary.byStatus["in-progress"], status: "in-progress" },
    { label: "Not started", value: summary.byStatus["not-started"], status: "not-started" },
    { label: "Overdue", value: summary.byStatus.overdue, colour: "text-red-700", status: "overdue" },
    { label: "Expiring in 30 days", value: summary.byStatus.expiring, colour: "text-amber-800", status: "expiring" },
  ];
  return (
    <section aria-label="Headline figures" className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
      {tiles.map(({ label, value, colour, status, note }) => {
        const figure = (
          <>
            <span className="block text-sm text-slate-600">{label}</span>
            <span
              className={`block text-2xl font-bold ${colour ?? ""}`}
              data-testid={`headline-${label.toLowerCase().replace(/\s+/g, "-")}`}
            >
              {value}
            </span>
            {note ? (
              <span className="block text-xs text-slate-600" data-testid="headline-expiring-note">
                {note}
              </span>
            ) : null}
          </>
        );
        if (!status)
          return (
            <div key={label} className={cardClassName({ padding: "p-4" })}>
              {figure}
            </div>
          );
        const current = base.status === status;
        // Overdue first, most overdue at the top: the list a trainer chases from.
        const query = current
          ? { ...base, status: undefined }
          : { ...base, status, ...(status === "overdue" ? { sort: "due" as const, dir: "asc" as const } : {}) };
        return (
          <Link
            key={label}
            href={`/trainer?${dashboardQueryString(query)}`}
            aria-current={current ? "true" : undefined}
            className={`${cardClassName({ padding: "p-4" })} block hover:ring-2 hover:ring-brand-600 ${current ? "ring-2 ring-brand-700" : ""}`}
          >
            {figure}
            <span className="mt-1 block text-xs text-brand-700 underline">
              {current ? "Show everyone" : `List ${value === 1 ? "them" : "these people"}`}
            </span>
          </Link>
        );
      })}
    </section>
  );
}
