import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/current-user";
import { getRequestedOrganisation } from "@/lib/people/organisations";
import { ImportFlow } from "./import-flow";
import { PageHeader } from "@/components/ui/page-header";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

export const metadata: Metadata = { title: "Import people" };

export default async function ImportPage({ searchParams }: { searchParams: Promise<{ org?: string }> }) {
  const user = await requireRole("TRAINER", "ADMIN");
  const org = await getRequestedOrganisation(user, (await searchParams).org);
  if (!org) notFound();
  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ label: "Compliance", href: `/trainer?org=${org.id}` }, { label: "Import people" }]} />
      <PageHeader title={`Import people into ${org.name}`} />
      <p className="text-slate-700">
        Create or update many learners at once. You will see what would happen, row by row, before anything is saved.
        Groups must already exist:{" "}
        {org.groups.length ? org.groups.map((g) => g.name).join(", ") : "this organisation has none yet"}.
      </p>
      <p>
        <a
          href={`/trainer/import/template.csv?org=${org.id}`}
          className="font-medium text-brand-700 underline"
          download
        >
          Download a staff list template (CSV)
        </a>{" "}
        <span className="text-slate-700">with the columns filled in and two example rows to replace.</span>
      </p>
      <ImportFlow organisationId={org.id} />
    </div>
  );
}
