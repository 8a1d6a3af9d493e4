import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { requireRole } from "@/lib/auth/current-user";
import { SafeguardingContacts } from "@/components/safeguarding-contacts";
import { BLANK_CONTACT } from "@/lib/people/contact-drafts";
import { contactsReviewState, REVIEW_EVERY_MONTHS } from "@/lib/people/contacts-review";
import { messageFor } from "@/lib/errors";
import { formatDate } from "@/lib/format/dates";
import type { TLocale } from "@/lib/i18n/locales";
import { getContactsReview, listManagedContacts, MAX_CONTACTS } from "@/lib/people/contacts";
import { CONTACT_KINDS, type TContactKind } from "@/lib/people/contact-kinds";
import { getRequestedOrganisation } from "@/lib/people/organisations";
import { markContactsReviewedAction } from "./actions";
import { ContactsForm } from "./contacts-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("TrainerContacts"))("title") };
}

export default async function ContactsPage({ searchParams }: { searchParams: Promise<{ org?: string }> }) {
  const user = await requireRole("TRAINER", "ADMIN");
  const org = await getRequestedOrganisation(user, (await searchParams).org);
  if (!org) notFound();
  const [{ contacts, editable }, review, t, nav, locale] = await Promise.all([
    listManagedContacts(user, org.id),
    getContactsReview(user, org.id),
    getTranslations("TrainerContacts"),
    getTranslations("TrainerNav"),
    getLocale() as Promise<TLocale>,
  ]);
  const now = new Date();
  const state = contactsReviewState(review.reviewedAt, now);
  const due = state !== "current";
  // When they were last confirmed, by whom, and whether a review is due (contactsReviewState).
  const last =
    review.reviewedAt && state !== "never"
      ? [
          review.reviewedBy
            ? t("lastReviewedBy", { date: formatDate(review.reviewedAt, { locale }), name: review.reviewedBy })
            : t("lastReviewed", { date: formatDate(review.reviewedAt, { locale }) }),
          ...(state === "overdue" ? [t("reviewOverdue", { months: REVIEW_EVERY_MONTHS })] : []),
        ].join(" ")
      : t("notReviewed");
  const reviewed = (
    <p
      className={`rounded-md p-3 ${due ? "bg-amber-50 text-amber-950 ring-1 ring-amber-400" : "bg-slate-100"}`}
      data-testid="contacts-reviewed"
    >
      {last}
    </p>
  );
  const header = (
    <>
      <Breadcrumbs items={[{ label: nav("compliance"), href: `/trainer?org=${org.id}` }, { label: t("title") }]} />
      <PageHeader title={t("heading", { organisation: org.name })} />
    </>
  );
  if (!editable) {
    return (
      <div className="space-y-6">
        {header}
        <p className="text-slate-700">{t("readOnlyIntro")}</p>
        {reviewed}
        <p className="rounded-md bg-slate-100 p-3" data-testid="contacts-read-only">
          {messageFor("CONTACTS_WHO_EDITS", {}, locale)} {t("askOne")}
        </p>
        <Card>
          <SafeguardingContacts contacts={contacts} organisationName={org.name} compact />
        </Card>
      </div>
    );
  }
  const rows = contacts.map((c) => ({ ...c, email: c.email ?? "", notes: c.notes ?? "" }));
  return (
    <div className="space-y-6">
      {header}
      <p className="text-slate-700">{t("intro", { max: MAX_CONTACTS })}</p>
      {reviewed}
      {contacts.length ? (
        <ActionForm
          action={markContactsReviewedAction}
          submitLabel={t("markReviewed")}
          pendingLabel={t("saving")}
          className="flex flex-col items-start"
          testId="mark-reviewed"
        >
          <input type="hidden" name="organisationId" value={org.id} />
        </ActionForm>
      ) : null}
      <ContactsForm
        organisationId={org.id}
        rows={rows.length < MAX_CONTACTS ? [...rows, BLANK_CONTACT] : rows}
        labels={{
          save: t("save"),
          saving: t("saving"),
          add: t("add"),
          atMost: t("atMost", { max: MAX_CONTACTS }),
          fields: {
            contact: t.raw("contact") as string,
            role: t.raw("role") as string,
            name: t("name"),
            phone: t("phone"),
            emailOptional: t("emailOptional"),
            notesOptional: t("notesOptional"),
            remove: t("remove"),
            removeWhich: t.raw("removeWhich") as string,
            kinds: Object.fromEntries(Object.keys(CONTACT_KINDS).map((kind) => [kind, t(`kinds.${kind}`)])) as Record<
              TContactKind,
              string
            >,
          },
        }}
      />
    </div>
  );
}
