import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/action-form";
import { requireRole } from "@/lib/auth/current-user";
import { SafeguardingContacts } from "@/components/safeguarding-contacts";
import { listManagedContacts, MAX_CONTACTS, WHO_EDITS_CONTACTS } from "@/lib/people/contacts";
import { getRequestedOrganisation } from "@/lib/people/organisations";
import { saveContactsAction } from "./actions";
import { ContactFields } from "./contact-fields";
import { Card, cardClassName } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

export const metadata: Metadata = { title: "Safeguarding contacts" };

export default async function ContactsPage({ searchParams }: { searchParams: Promise<{ org?: string }> }) {
  const user = await requireRole("TRAINER", "ADMIN");
  const org = await getRequestedOrganisation(user, (await searchParams).org);
  if (!org) notFound();
  const { contacts, editable } = await listManagedContacts(user, org.id);
  if (!editable) {
    return (
      <div className="space-y-6">
        <Breadcrumbs
          items={[{ label: "Compliance", href: `/trainer?org=${org.id}` }, { label: "Safeguarding contacts" }]}
        />
        <PageHeader title={`Safeguarding contacts: ${org.name}`} />
        <p className="text-slate-700">
          Learners see these in the course, in the Get help panel and on their &ldquo;If you are worried about a
          child&rdquo; card.
        </p>
        <p className="rounded-md bg-slate-100 p-3" data-testid="contacts-read-only">
          {WHO_EDITS_CONTACTS} Ask one of them if something here needs changing.
        </p>
        <Card>
          <SafeguardingContacts contacts={contacts} organisationName={org.name} compact />
        </Card>
      </div>
    );
  }
  const rows = Array.from({ length: MAX_CONTACTS }, (_, i) => contacts[i]);
  return (
    <div className="space-y-6">
      <Breadcrumbs
        items={[{ label: "Compliance", href: `/trainer?org=${org.id}` }, { label: "Safeguarding contacts" }]}
      />
      <PageHeader title={`Safeguarding contacts: ${org.name}`} />
      <p className="text-slate-700">
        Learners see these wherever the course tells them to go to their designated safeguarding lead, in the Get help
        panel, and on their printable &ldquo;If you are worried about a child&rdquo; card. Leave a row blank to remove
        it.
      </p>
      <ActionForm action={saveContactsAction} submitLabel="Save contacts" className={cardClassName()}>
        <input type="hidden" name="organisationId" value={org.id} />
        {rows.map((c, i) => (
          <ContactFields key={i} index={i} contact={c} />
        ))}
      </ActionForm>
    </div>
  );
}
