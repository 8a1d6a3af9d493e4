import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/action-form";
import { requireRole } from "@/lib/auth/current-user";
import { listOrganisations } from "@/lib/people/organisations";
import { createOrganisationAction } from "./actions";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { DataTable } from "@/components/ui/data-table";

export const metadata: Metadata = { title: "Organisations" };

export default async function OrganisationsPage() {
  const user = await requireRole("ADMIN");
  const organisations = await listOrganisations(user);
  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ label: "Administration", href: "/admin" }, { label: "Organisations" }]} />
      <PageHeader title="Organisations" />
      <Card>
        <DataTable
          caption="Organisations"
          columns={[
            { key: "name", header: "Name", className: "py-2" },
            { key: "people", header: "People", className: "py-2 text-right" },
            { key: "groups", header: "Groups", className: "py-2 text-right" },
          ]}
          rowCount={organisations.length}
          small={false}
        >
          {organisations.map((o) => (
            <tr key={o.id} className="border-b border-slate-100">
              <td className="py-2">
                <Link href={`/admin/organisations/${o.id}`} className="text-brand-700 underline">
                  {o.name}
                </Link>
              </td>
              <td className="py-2 text-right">{o._count.users}</td>
              <td className="py-2 text-right">{o._count.groups}</td>
            </tr>
          ))}
        </DataTable>
      </Card>
      <Card aria-labelledby="new-org">
        <CardTitle id="new-org">New organisation</CardTitle>
        <ActionForm
          action={createOrganisationAction}
          submitLabel="Create organisation"
          clearOnSuccess
          className="mt-3 max-w-md"
        >
          <label htmlFor="org-name" className="block font-medium">
            Name
          </label>
          <input
            id="org-name"
            name="name"
            required
            minLength={2}
            maxLength={120}
            className="w-full rounded-md border border-slate-400 px-3 py-2"
          />
        </ActionForm>
      </Card>
    </div>
  );
}
