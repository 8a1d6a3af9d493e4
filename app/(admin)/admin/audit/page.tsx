import type { Metadata } from "next";
import { listAuditEvents } from "@/lib/audit/list";
import { requireRole } from "@/lib/auth/current-user";
import { formatDateTime } from "@/lib/format/dates";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { DataTable } from "@/components/ui/data-table";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage() {
  const user = await requireRole("ADMIN");
  const events = await listAuditEvents(user);
  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ label: "Administration", href: "/admin" }, { label: "Audit log" }]} />
      <PageHeader title="Audit log" />
      <Card padding="p-4" className="overflow-x-auto">
        <DataTable
          caption="The latest 200 actions by trainers and administrators"
          columns={[
            { key: "when", header: "When", className: "py-2" },
            { key: "who", header: "Who" },
            { key: "action", header: "Action" },
            { key: "details", header: "Details" },
          ]}
          rowCount={events.length}
        >
          {events.map((e) => (
            <tr key={e.id} className="border-b border-slate-100 align-top" data-testid="audit-event">
              <td className="py-2 whitespace-nowrap">{formatDateTime(e.createdAt)}</td>
              <td>{e.actor ? `${e.actor.name} (${e.actor.email})` : "System"}</td>
              <td className="font-mono">{e.action}</td>
              <td className="break-all">
                {e.targetType}
                {e.targetId ? ` ${e.targetId}` : ""} {JSON.stringify(e.details)}
              </td>
            </tr>
          ))}
        </DataTable>
        {events.length ? null : <p>Nothing recorded yet.</p>}
      </Card>
    </div>
  );
}
