import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/action-form";
import { requireRole } from "@/lib/auth/current-user";
import { SafeguardingContacts } from "@/components/safeguarding-contacts";
import { CONTACT_KINDS, listManagedContacts, MAX_CONTACTS, WHO_EDITS_CONTACTS } from "@/lib/people/contacts";
import { getRequestedOrganisation } from "@/lib/people/organisations";
import { saveContactsAction } from "./actions";
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
          <fieldset key={i} className="grid gap-2 border-b border-slate-200 pb-3 sm:grid-cols-[14rem_1fr_10rem]">
            <legend className="sr-only">Contact {i + 1}</legend>
            <div>
              <label htmlFor={`kind-${i}`} className="block text-sm font-medium">
                Contact {i + 1}: role
              </label>
              <select
                id={`kind-${i}`}
                name={`kind-${i}`}
                defaultValue={c?.kind ?? (i === 0 ? "DSL" : i === 1 ? "DEPUTY_DSL" : "OTHER")}
                className="w-full rounded-md border border-slate-400 px-2 py-1.5"
              >
                {Object.entries(CONTACT_KINDS).map(([k, label]) => (
                  <option key={k} value={k}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor={`name-${i}`} className="block text-sm font-medium">
                Name
              </label>
              <input
                id={`name-${i}`}
                name={`name-${i}`}
                defaultValue={c?.name ?? ""}
                maxLength={120}
                className="w-full rounded-md border border-slate-400 px-2 py-1.5"
              />
            </div>
            <div>
              <label htmlFor={`phone-${i}`} className="block text-sm font-medium">
                Phone
              </label>
              <input
                id={`phone-${i}`}
                name={`phone-${i}`}
                type="tel"
                defaultValue={c?.phone ?? ""}
                maxLength={25}
                className="w-full rounded-md border border-slate-400 px-2 py-1.5"
              />
            </div>
            <div className="sm:col-span-2">
              <label htmlFor={`email-${i}`} className="block text-sm font-medium">
                Email (optional)
              </label>
              <input
                id={`email-${i}`}
                name={`email-${i}`}
                type="email"
                defaultValue={c?.email ?? ""}
                maxLength={254}
                className="w-full rounded-md border border-slate-400 px-2 py-1.5"
              />
            </div>
            <div>
              <label htmlFor={`notes-${i}`} className="block text-sm font-medium">
                Notes (optional)
              </label>
              <input
                id={`notes-${i}`}
                name={`notes-${i}`}
                defaultValue={c?.notes ?? ""}
                maxLength={300}
                className="w-full rounded-md border border-slate-400 px-2 py-1.5"
              />
            </div>
          </fieldset>
        ))}
      </ActionForm>
    </div>
  );
}
