import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/current-user";
import { isRole, roleLabel, ROLES } from "@/lib/auth/roles";
import { formatDate } from "@/lib/format/dates";
import { readPageNumber } from "@/lib/compliance/page-number";
import { PERSON_STATUSES, searchPeople } from "@/lib/people/directory";
import { listOrganisations } from "@/lib/people/organisations";
import { Card } from "@/components/ui/card";
import { FilterButton, FilterSearch, FilterSelect } from "@/components/ui/filter-fields";
import { PageHeader } from "@/components/ui/page-header";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { DataTable } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";

export const metadata: Metadata = { title: "People" };

type TSearch = { org?: string; q?: string; role?: string; status?: string; page?: string };

export default async function PeoplePage({ searchParams }: { searchParams: Promise<TSearch> }) {
  const user = await requireRole("ADMIN");
  const params = await searchParams;
  const organisations = await listOrganisations(user);
  const org = organisations.some((o) => o.id === params.org) ? params.org : undefined;
  const q = typeof params.q === "string" ? params.q.slice(0, 100) : "";
  // Anything else in the address is simply no filter, never an error.
  const role = isRole(params.role) ? params.role : undefined;
  const status = PERSON_STATUSES.find((s) => s === params.status);
  const result = await searchPeople(user, { organisationId: org, q, role, status, page: readPageNumber(params.page) });
  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ label: "Administration", href: "/admin" }, { label: "People" }]} />
      <PageHeader title="People" />
      <Card as="form" method="get" padding="p-4" className="flex flex-wrap items-end gap-3">
        <FilterSelect
          id="org"
          name="org"
          label="Organisation"
          defaultValue={org ?? ""}
          anyOption={{ value: "", label: "All organisations" }}
          options={organisations.map((o) => ({ value: o.id, label: o.name }))}
        />
        <FilterSelect
          id="role"
          name="role"
          label="Role"
          defaultValue={role ?? ""}
          anyOption={{ value: "", label: "Any role" }}
          options={ROLES.map((r) => ({ value: r, label: roleLabel(r) }))}
        />
        <FilterSelect
          id="status"
          name="status"
          label="Status"
          defaultValue={status ?? ""}
          anyOption={{ value: "", label: "Active or deactivated" }}
          options={[
            { value: "active", label: "Active" },
            { value: "deactivated", label: "Deactivated" },
          ]}
        />
        <FilterSearch id="q" name="q" label="Name or email" defaultValue={q ?? ""} />
        <FilterButton>Search</FilterButton>
      </Card>
      <Card padding="p-4" className="overflow-x-auto">
        <p className="mb-2 text-sm text-slate-700">
          {result.total} {result.total === 1 ? "person" : "people"}
        </p>
        <DataTable
          caption="People"
          columns={[
            { key: "name", header: "Name", className: "py-2" },
            { key: "email", header: "Email" },
            { key: "organisation", header: "Organisation" },
            { key: "role", header: "Role" },
            { key: "status", header: "Status" },
            { key: "signed-in", header: "Last sign-in" },
          ]}
          rowCount={result.people.length}
        >
          {result.people.map((p) => (
            <tr key={p.id} className="border-b border-slate-100">
              <td className="py-2">
                <Link href={`/admin/people/${p.id}`} className="text-brand-700 underline">
                  {p.name}
                </Link>
              </td>
              <td>{p.email}</td>
              <td>{p.organisation.name}</td>
              <td>{roleLabel(p.role)}</td>
              <td>{p.active ? "Active" : "Deactivated"}</td>
              <td data-testid="last-sign-in">{p.lastSignInAt ? formatDate(p.lastSignInAt) : "Never"}</td>
            </tr>
          ))}
        </DataTable>
        <Pagination
          page={result.page}
          pageCount={result.pageCount}
          pathname="/admin/people"
          query={{ org, q, role, status }}
        />
      </Card>
    </div>
  );
}
