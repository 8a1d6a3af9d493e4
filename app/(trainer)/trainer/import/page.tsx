import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/current-user";
import type { TLocale } from "@/lib/i18n/locales";
import { getRequestedOrganisation } from "@/lib/people/organisations";
import { ImportFlow } from "./import-flow";
import { PageHeader } from "@/components/ui/page-header";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("TrainerImport"))("title") };
}

export default async function ImportPage({ searchParams }: { searchParams: Promise<{ org?: string }> }) {
  const user = await requireRole("TRAINER", "ADMIN");
  const org = await getRequestedOrganisation(user, (await searchParams).org);
  if (!org) notFound();
  const [t, nav, locale] = await Promise.all([
    getTranslations("TrainerImport"),
    getTranslations("TrainerNav"),
    getLocale() as Promise<TLocale>,
  ]);
  const raw = (key: string) => t.raw(key) as string;
  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ label: nav("compliance"), href: `/trainer?org=${org.id}` }, { label: t("title") }]} />
      <PageHeader title={t("heading", { organisation: org.name })} />
      <p className="text-slate-700">
        {t("intro", { groups: org.groups.length ? org.groups.map((g) => g.name).join(", ") : t("noGroups") })}
      </p>
      <p>
        <a
          href={`/trainer/import/template.csv?org=${org.id}`}
          className="font-medium text-brand-700 underline"
          download
        >
          {t("template")}
        </a>{" "}
        <span className="text-slate-700">{t("templateNote")}</span>
      </p>
      <ImportFlow
        organisationId={org.id}
        fileHint={t.rich("fileHint", { code: (chunks) => <code>{chunks}</code> })}
        labels={{
          csvFile: t("csvFile"),
          checking: t("checking"),
          check: t("check"),
          imported: t("imported"),
          preview: t("preview"),
          counts: raw("counts"),
          rejectedRows: t("rejectedRows"),
          fixRows: t("fixRows"),
          updates: t("updates"),
          updatesFirst: raw("updatesFirst"),
          newPeople: t("newPeople"),
          newPeopleFirst: raw("newPeopleFirst"),
          sendWelcome: t("sendWelcome"),
          importing: t("importing"),
          importCount: raw("importCount"),
          table: {
            line: t("line"),
            name: t("name"),
            email: t("email"),
            groups: t("groups"),
            due: t("due"),
            whyRejected: t("whyRejected"),
            whatHappens: t("whatHappens"),
            create: t("create"),
            locale,
          },
        }}
      />
    </div>
  );
}
