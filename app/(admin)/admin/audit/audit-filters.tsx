import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
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
export async function AuditFilters({
  values,
  actors,
  organisations,
}: {
  values: TValues;
  actors: TFilterOption[];
  organisations: TFilterOption[];
}) {
  const [t, tActions, locale] = await Promise.all([
    getTranslations("AdminAudit"),
    getTranslations("AdminAuditActions"),
    getLocale(),
  ]);
  return (
    <Card as="form" method="get" padding="p-4" className="flex flex-wrap items-end gap-3" aria-label={t("filterLabel")}>
      <FilterSelect
        id="actor"
        name="actor"
        label={t("doneBy")}
        defaultValue={values.actor}
        anyOption={{ value: "", label: t("anyone") }}
        options={actors}
      />
      <FilterSelect
        id="action"
        name="action"
        label={t("action")}
        defaultValue={values.action}
        anyOption={{ value: "", label: t("anyAction") }}
        options={auditActionOptions((code) => tActions(code), locale)}
      />
      <FilterSelect
        id="org"
        name="org"
        label={t("organisation")}
        defaultValue={values.org}
        anyOption={{ value: "", label: t("allOrganisations") }}
        options={organisations}
      />
      <DateField id="from" label={t("from")} defaultValue={values.from} />
      <DateField id="to" label={t("to")} defaultValue={values.to} />
      <FilterButton>{t("filter")}</FilterButton>
      <Link href="/admin/audit" className="py-2 text-brand-700 underline">
        {t("clearFilters")}
      </Link>
    </Card>
  );
}
