import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { getGroupBreakdown } from "@/lib/compliance/dashboard";
import { dashboardQueryString } from "@/lib/compliance/filters";
import { Card, CardTitle } from "@/components/ui/card";
import { DataTable, type TColumn } from "@/components/ui/data-table";

type TGroups = Awaited<ReturnType<typeof getGroupBreakdown>>;

/** Completion group by group; a group's name filters the dashboard to it. */
export async function GroupBreakdown({ groups, org }: { groups: TGroups; org?: string }) {
  if (!groups.length) return null;
  const t = await getTranslations("TrainerDashboard");
  const figures = {
    People: t("people"),
    Completion: t("completion"),
    Overdue: t("overdue"),
    Expiring: t("expiringShort"),
    "Not started": t("notStarted"),
  };
  const columns: TColumn[] = [
    { key: "group", header: t("group"), className: "py-1" },
    ...Object.entries(figures).map(([key, header]) => ({ key, header, className: "text-right" })),
  ];
  return (
    <Card aria-labelledby="groups-title" padding="p-4" className="overflow-x-auto">
      <CardTitle id="groups-title">{t("byGroup")}</CardTitle>
      <DataTable caption={t("byGroupCaption")} columns={columns} rowCount={groups.length} className="mt-2" stackOnPhone>
        {groups.map((g) => (
          <tr key={g.id} className="border-b border-slate-100">
            <td className="py-1" data-label={t("group")}>
              <Link
                href={`/trainer?${dashboardQueryString({ org, group: g.id })}`}
                className="text-brand-700 underline"
              >
                {g.name}
              </Link>
            </td>
            <td className="text-right" data-label={figures.People}>
              {g.total}
            </td>
            <td className="text-right" data-label={figures.Completion}>
              {g.completionPercent}%
            </td>
            <td
              className={`text-right ${g.byStatus.overdue ? "font-semibold text-red-700" : ""}`}
              data-label={figures.Overdue}
            >
              {g.byStatus.overdue}
            </td>
            <td className="text-right" data-label={figures.Expiring}>
              {g.byStatus.expiring}
            </td>
            <td className="text-right" data-label={figures["Not started"]}>
              {g.byStatus["not-started"]}
            </td>
          </tr>
        ))}
      </DataTable>
    </Card>
  );
}
