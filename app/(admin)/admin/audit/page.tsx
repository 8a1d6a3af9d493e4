import type { Metadata } from "next";
import Link from "next/link";
import { listAuditEvents } from "@/lib/audit/list";
import { requireRole } from "@/lib/auth/current-user";
import { formatDateTime } from "@/lib/format/dates";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage() {
  const user = await requireRole("ADMIN");
  const events = await listAuditEvents(user);
  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ label: "Administration", href: "/admin" }, { label: "Audit log" }]} />
      <PageHeader title="Audit log" />
      <Card padding="p-4" className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">The latest 200 actions by trainers and administrators</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2">
                When
              </th>
              <th scope="col">Who</th>
              <th scope="col">Action</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
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
          </tbody>
        </table>
        {events.length ? null : <p>Nothing recorded yet.</p>}
      </Card>
    </div>
  );
}
