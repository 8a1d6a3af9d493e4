import Link from "next/link";
import { auditActionOptions } from "@/lib/audit/actions";
import { Card } from "@/components/ui/card";
import { FilterButton, FilterSelect, type TFilterOption } from "@/components/ui/filter-fields";

type TValues = { actor: string; action: string; org: string; from: string; to: string };

function DateField({ id, label, defaultValue }: { id: "from" | "to"; label: string; defaultValue: string }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {/* A date picker where the browser has one; typed by hand, 31/01/2026 is read too. */}
      <input
        id={id}
        name={id}
        type="date"
        defaultValue={defaultValue}
        className="mt-1 rounded-md border border-slate-400 px-2 py-1.5"
      />
    </div>
  );
}

/** The audit log's filters: a plain GET form, so a filtered view is a link that can be kept or shared. */
export function AuditFilters({
  values,
  actors,
  organisations,
}: {
  values: TValues;
  actors: TFilterOption[];
  organisations: TFilterOption[];
}) {
  return (
    <Card
      as="form"
      method="get"
      padding="p-4"
      className="flex flex-wrap items-end gap-3"
      aria-label="Filter the audit log"
    >
      <FilterSelect
        id="actor"
        name="actor"
        label="Done by"
        defaultValue={values.actor}
        anyOption={{ value: "", label: "Anyone" }}
        options={actors}
      />
      <FilterSelect
        id="action"
        name="action"
        label="Action"
        defaultValue={values.action}
        anyOption={{ value: "", label: "Any action" }}
        options={auditActionOptions()}
      />
      <FilterSelect
        id="org"
        name="org"
        label="Organisation"
        defaultValue={values.org}
        anyOption={{ value: "", label: "All organisations" }}
        options={organisations}
      />
      <DateField id="from" label="From" defaultValue={values.from} />
      <DateField id="to" label="To" defaultValue={values.to} />
      <FilterButton>Filter</FilterButton>
      <Link href="/admin/audit" className="py-2 text-brand-700 underline">
        Clear filters
      </Link>
    </Card>
  );
}
