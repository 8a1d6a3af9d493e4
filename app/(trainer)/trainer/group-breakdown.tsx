import Link from "next/link";
import type { getGroupBreakdown } from "@/lib/compliance/dashboard";
import { dashboardQueryString } from "@/lib/compliance/filters";
import { Card, CardTitle } from "@/components/ui/card";
import { DataTable, type TColumn } from "@/components/ui/data-table";

type TGroups = Awaited<ReturnType<typeof getGroupBreakdown>>;

const COLUMNS: TColumn[] = [
  { key: "group", header: "Group", className: "py-1" },
  ...["People", "Completion", "Overdue", "Expiring", "Not started"].map((header) => ({
    key: header,
    header,
    className: "text-right",
  })),
];

/** Completion group by group; a group's name filters the dashboard to it. */
export function GroupBreakdown({ groups, org }: { groups: TGroups; org?: string }) {
  if (!groups.length) return null;
  return (
    <Card aria-labelledby="groups-title" padding="p-4" className="overflow-x-auto">
      <CardTitle id="groups-title">By group</CardTitle>
      <DataTable caption="Completion by group" columns={COLUMNS} rowCount={groups.length} className="mt-2" stackOnPhone>
        {groups.map((g) => (
          <tr key={g.id} className="border-b border-slate-100">
            <td className="py-1" data-label="Group">
              <Link
                href={`/trainer?${dashboardQueryString({ org, group: g.id })}`}
                className="text-brand-700 underline"
              >
                {g.name}
              </Link>
            </td>
            <td className="text-right" data-label="People">
              {g.total}
            </td>
            <td className="text-right" data-label="Completion">
              {g.completionPercent}%
            </td>
            <td className={`text-right ${g.byStatus.overdue ? "font-semibold text-red-700" : ""}`} data-label="Overdue">
              {g.byStatus.overdue}
            </td>
            <td className="text-right" data-label="Expiring">
              {g.byStatus.expiring}
            </td>
            <td className="text-right" data-label="Not started">
              {g.byStatus["not-started"]}
            </td>
          </tr>
        ))}
      </DataTable>
    </Card>
  );
}
