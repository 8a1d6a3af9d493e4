import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/current-user";
import { AREA_ROLES } from "@/lib/auth/roles";
import { listOrganisations } from "@/lib/reports/organisation-summary";

export const metadata: Metadata = { title: "Administration" };

export default async function AdminHomePage() {
  const user = await requireRole(...AREA_ROLES.admin);
  const organisations = await listOrganisations(user);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold sm:text-3xl">Administration</h1>
      <p><Link href="/admin/certificates" className="font-medium text-brand-700 underline">Find or revoke a certificate</Link></p>
      <section aria-labelledby="orgs-title" className="rounded-xl bg-white p-5 shadow-sm">
        <h2 id="orgs-title" className="text-lg font-bold">Organisations</h2>
        <ul className="mt-2 space-y-1">
          {organisations.map((o) => (
            <li key={o.id}>
              {o.name} <span className="text-slate-600">({o._count.users} people)</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
