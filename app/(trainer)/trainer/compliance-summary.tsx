import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { getComplianceSummary } from "@/lib/compliance/dashboard";
import { dashboardQueryString, type TDashboardQuery } from "@/lib/compliance/filters";
import type { TLearnerStatus } from "@/lib/enrolments/status";
import { cardClassName } from "@/components/ui/card";

type TSummary = Awaited<ReturnType<typeof getComplianceSummary>>;

type TTile = {
  id: string;
  label: string;
  value: number | string;
  colour?: string;
  status?: TLearnerStatus;
  note?: string;
};

/**
 * The six headline figures across the top of the compliance dashboard. A figure that is one status is also a filter:
 * it lists exactly the people it counts (again to show everyone). "Completed" counts those expiring too (a valid
 * certificate is a completion), says how many of them expire soon, and, not being one status, filters nothing.
 */
export async function ComplianceSummary({ summary, base }: { summary: TSummary; base: Partial<TDashboardQuery> }) {
  const t = await getTranslations("TrainerDashboard");
  const { headline, byStatus } = summary;
  // The ids name the figures' test ids, the same in every language.
  const tiles: TTile[] = [
    { id: "completion", label: t("completion"), value: `${headline.completionPercent}%` },
    // The evidence pack prints the same figure and note, from the same headlineFigures.
    {
      id: "completed",
      label: t("completed"),
      value: headline.completed,
      note: t("expiringNote", { count: headline.expiringSoon, days: headline.expiringWithinDays }),
    },
    { id: "in-progress", label: t("inProgress"), value: byStatus["in-progress"], status: "in-progress" },
    { id: "not-started", label: t("notStarted"), value: byStatus["not-started"], status: "not-started" },
    { id: "overdue", label: t("overdue"), value: byStatus.overdue, colour: "text-red-700", status: "overdue" },
    {
      id: "expiring-in-30-days",
      label: t("expiring"),
      value: byStatus.expiring,
      colour: "text-amber-800",
      status: "expiring",
    },
  ];
  return (
    <section aria-label={t("headlineFigures")} className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
      {tiles.map(({ id, label, value, colour, status, note }) => {
        const figure = (
          <>
            <span className="block text-sm text-slate-600">{label}</span>
            <span className={`block text-2xl font-bold ${colour ?? ""}`} data-testid={`headline-${id}`}>
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
            <div key={id} className={cardClassName({ padding: "p-4" })}>
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
            key={id}
            href={`/trainer?${dashboardQueryString(query)}`}
            aria-current={current ? "true" : undefined}
            className={`${cardClassName({ padding: "p-4" })} block hover:ring-2 hover:ring-brand-600 ${current ? "ring-2 ring-brand-700" : ""}`}
          >
            {figure}
            <span className="mt-1 block text-xs text-brand-700 underline">
              {current ? t("showEveryone") : t("listThem", { count: Number(value) })}
            </span>
          </Link>
        );
      })}
    </section>
  );
}
