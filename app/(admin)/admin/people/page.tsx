import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/current-user";
import { isRole, ROLES } from "@/lib/auth/roles";
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

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminPeople"))("title") };
}

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
  const [result, t, tHome, tRoles, locale] = await Promise.all([
    searchPeople(user, { organisationId: org, q, role, status, page: readPageNumber(params.page) }),
    getTranslations("AdminPeople"),
    getTranslations("AdminHome"),
    getTranslations("Roles"),
    getLocale(),
  ]);
  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ label: tHome("title"), href: "/admin" }, { label: t("title") }]} />
      <PageHeader title={t("title")} />
      <Card as="form" method="get" padding="p-4" className="flex flex-wrap items-end gap-3">
        <FilterSelect
          id="org"
          name="org"
          label={t("organisation")}
          defaultValue={org ?? ""}
          anyOption={{ value: "", label: t("allOrganisations") }}
          options={organisations.map((o) => ({ value: o.id, label: o.name }))}
        />
        <FilterSelect
          id="role"
          name="role"
          label={t("role")}
          defaultValue={role ?? ""}
          anyOption={{ value: "", label: t("anyRole") }}
          options={ROLES.map((r) => ({ value: r, label: tRoles(r) }))}
        />
        <FilterSelect
          id="status"
          name="status"
          label={t("status")}
          defaultValue={status ?? ""}
          anyOption={{ value: "", label: t("anyStatus") }}
          options={[
            { value: "active", label: t("active") },
            { value: "deactivated", label: t("deactivated") },
          ]}
        />
        <FilterSearch id="q" name="q" label={t("search")} defaultValue={q ?? ""} />
        <FilterButton>{t("searchButton")}</FilterButton>
      </Card>
      <Card padding="p-4" className="overflow-x-auto">
        <p className="mb-2 text-sm text-slate-700">{t("count", { count: result.total })}</p>
        <DataTable
          caption={t("title")}
          columns={[
            { key: "name", header: t("name"), className: "py-2" },
            { key: "email", header: t("email") },
            { key: "organisation", header: t("organisation") },
            { key: "role", header: t("role") },
            { key: "status", header: t("status") },
            { key: "signed-in", header: t("lastSignIn") },
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
              <td>{tRoles(p.role)}</td>
              <td>{p.active ? t("active") : t("deactivated")}</td>
              <td data-testid="last-sign-in">{p.lastSignInAt ? formatDate(p.lastSignInAt, { locale }) : t("never")}</td>
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
