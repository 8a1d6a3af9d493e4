import type { Metadata } from "next";
import Link from "next/link";
import { listAuditEvents } from "@/lib/audit/list";
import { requireRole } from "@/lib/auth/current-user";
import { formatDateTime } from "@/lib/format/dates";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage() {
  const user = await requireRole("ADMIN");
  const events = await listAuditEvents(user);
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/admin" className="text-brand-700 underline">
          Administration
        </Link>
      </nav>
      <h1 className="text-2xl font-bold sm:text-3xl">Audit log</h1>
      <section className="overflow-x-auto rounded-xl bg-white p-4 shadow-sm">
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
      </section>
    </div>
  );
}
