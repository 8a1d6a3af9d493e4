import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/action-form";
import { requireRole } from "@/lib/auth/current-user";
import { SafeguardingContacts } from "@/components/safeguarding-contacts";
import { BLANK_CONTACT } from "@/lib/people/contact-drafts";
import { contactsReviewState, describeLastReviewed } from "@/lib/people/contacts-review";
import { getContactsReview, listManagedContacts, MAX_CONTACTS, WHO_EDITS_CONTACTS } from "@/lib/people/contacts";
import { getRequestedOrganisation } from "@/lib/people/organisations";
import { markContactsReviewedAction } from "./actions";
import { ContactsForm } from "./contacts-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

export const metadata: Metadata = { title: "Safeguarding contacts" };

export default async function ContactsPage({ searchParams }: { searchParams: Promise<{ org?: string }> }) {
  const user = await requireRole("TRAINER", "ADMIN");
  const org = await getRequestedOrganisation(user, (await searchParams).org);
  if (!org) notFound();
  const [{ contacts, editable }, review] = await Promise.all([
    listManagedContacts(user, org.id),
    getContactsReview(user, org.id),
  ]);
  const now = new Date();
  const due = contactsReviewState(review.reviewedAt, now) !== "current";
  const reviewed = (
    <p
      className={`rounded-md p-3 ${due ? "bg-amber-50 text-amber-950 ring-1 ring-amber-400" : "bg-slate-100"}`}
      data-testid="contacts-reviewed"
    >
      {describeLastReviewed(review, now)}
    </p>
  );
  const header = (
    <>
      <Breadcrumbs
        items={[{ label: "Compliance", href: `/trainer?org=${org.id}` }, { label: "Safeguarding contacts" }]}
      />
      <PageHeader title={`Safeguarding contacts: ${org.name}`} />
    </>
  );
  if (!editable) {
    return (
      <div className="space-y-6">
        {header}
        <p className="text-slate-700">
          Learners see these in the course, in the Get help panel and on their &ldquo;If you are worried about a
          child&rdquo; card.
        </p>
        {reviewed}
        <p className="rounded-md bg-slate-100 p-3" data-testid="contacts-read-only">
          {WHO_EDITS_CONTACTS} Ask one of them if something here needs changing.
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
      <p className="text-slate-700">
        Learners see these wherever the course tells them to go to their designated safeguarding lead, in the Get help
        panel, and on their printable &ldquo;If you are worried about a child&rdquo; card. Up to {MAX_CONTACTS}{" "}
        contacts; a row left blank is not kept. Saving them, changed or not, records that they were reviewed today.
      </p>
      {reviewed}
      {contacts.length ? (
        <ActionForm
          action={markContactsReviewedAction}
          submitLabel="Mark as reviewed — nothing has changed"
          className="flex flex-col items-start"
          testId="mark-reviewed"
        >
          <input type="hidden" name="organisationId" value={org.id} />
        </ActionForm>
      ) : null}
      <ContactsForm organisationId={org.id} rows={rows.length < MAX_CONTACTS ? [...rows, BLANK_CONTACT] : rows} />
    </div>
  );
}
