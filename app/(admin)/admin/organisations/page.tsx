import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { requireRole } from "@/lib/auth/current-user";
import { listOrganisations } from "@/lib/people/organisations";
import { createOrganisationAction } from "./actions";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { DataTable } from "@/components/ui/data-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminOrganisations"))("title") };
}

export default async function OrganisationsPage() {
  const user = await requireRole("ADMIN");
  const [organisations, t, tHome] = await Promise.all([
    listOrganisations(user),
    getTranslations("AdminOrganisations"),
    getTranslations("AdminHome"),
  ]);
  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ label: tHome("title"), href: "/admin" }, { label: t("title") }]} />
      <PageHeader title={t("title")} />
      <Card>
        <DataTable
          caption={t("title")}
          columns={[
            { key: "name", header: t("name"), className: "py-2" },
            { key: "people", header: t("people"), className: "py-2 text-right" },
            { key: "groups", header: t("groups"), className: "py-2 text-right" },
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
        <CardTitle id="new-org">{t("newTitle")}</CardTitle>
        <ActionForm
          action={createOrganisationAction}
          submitLabel={t("create")}
          pendingLabel={t("saving")}
          clearOnSuccess
          className="mt-3 max-w-md"
        >
          <label htmlFor="org-name" className="block font-medium">
            {t("name")}
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
