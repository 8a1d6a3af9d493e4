import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/current-user";
import { dashboardQueryString, readDashboardQuery } from "@/lib/compliance/filters";
import { getContactsReview } from "@/lib/people/contacts";
import { formatDate } from "@/lib/format/dates";
import { contactsReviewState, REVIEW_EVERY_MONTHS } from "@/lib/people/contacts-review";
import { getManagedOrganisation } from "@/lib/people/organisations";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("TrainerEvidence"))("title") };
}

export default async function EvidencePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireRole("TRAINER", "ADMIN");
  const query = readDashboardQuery(await searchParams);
  const org = await getManagedOrganisation(user, query.org ?? user.organisationId);
  if (!org) notFound();
  const [{ reviewedAt }, t, nav, locale] = await Promise.all([
    getContactsReview(user, org.id),
    getTranslations("TrainerEvidence"),
    getTranslations("TrainerNav"),
    getLocale(),
  ]);
  const now = new Date();
  const state = contactsReviewState(reviewedAt, now);
  const reviewDue = state !== "current";
  // When the contacts were last confirmed, and whether a review is due, as the evidence pack says it.
  const review =
    !reviewedAt || state === "never"
      ? t("neverReviewed")
      : state === "overdue"
        ? t("reviewedOnOverdue", { date: formatDate(reviewedAt, { locale }), months: REVIEW_EVERY_MONTHS })
        : t("reviewedOn", { date: formatDate(reviewedAt, { locale }) });
  const group = org.groups.find((g) => g.id === query.group);
  const qs = dashboardQueryString({ org: org.id, group: group?.id });
  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ label: nav("compliance"), href: `/trainer?org=${org.id}` }, { label: t("title") }]} />
      <PageHeader title={t("title")} />
      <p className="text-slate-700">
        {t("intro", { organisation: org.name, inGroup: group ? "yes" : "no", group: group?.name ?? "" })}
      </p>
      <p
        className={`rounded-md p-3 ${reviewDue ? "bg-amber-50 text-amber-950 ring-1 ring-amber-400" : "bg-slate-100"}`}
        data-testid="contacts-reviewed"
      >
        {review}{" "}
        <Link href={`/trainer/contacts?org=${org.id}`} className="text-brand-700 underline">
          {reviewDue ? t("reviewContacts") : t("seeContacts")}
        </Link>
      </p>
      <Card as="form" method="get" padding="p-4" className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="org" value={org.id} />
        <div>
          <label htmlFor="e-group" className="block text-sm font-medium">
            {t("for")}
          </label>
          <select
            id="e-group"
            name="group"
            defaultValue={group?.id ?? ""}
            className="mt-1 rounded-md border border-slate-400 px-2 py-2"
          >
            <option value="">{t("wholeOrganisation")}</option>
            {org.groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded-md border border-slate-400 bg-white px-4 py-2 font-medium">
          {t("choose")}
        </button>
      </Card>
      <div className="flex flex-wrap gap-3">
        <a href={`/trainer/evidence.pdf?${qs}`} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
          {t("downloadPdf")}
        </a>
        <a
          href={`/trainer/export.csv?${qs}`}
          className="rounded-md border border-slate-400 bg-white px-4 py-2 font-medium"
        >
          {t("downloadCsv")}
        </a>
      </div>
    </div>
  );
}
