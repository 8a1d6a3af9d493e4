import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/action-form";
import { requireRole } from "@/lib/auth/current-user";
import { getRequestedOrganisation, listAssignableGroups } from "@/lib/people/organisations";
import { assignAction } from "./actions";
import { cardClassName } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

export const metadata: Metadata = { title: "Assign the course" };

export default async function AssignPage({ searchParams }: { searchParams: Promise<{ org?: string }> }) {
  const user = await requireRole("TRAINER", "ADMIN");
  const org = await getRequestedOrganisation(user, (await searchParams).org);
  if (!org) notFound();
  const groups = await listAssignableGroups(user, org.id);
  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ label: "Compliance", href: `/trainer?org=${org.id}` }, { label: "Assign the course" }]} />
      <PageHeader title="Assign the course" />
      <p className="text-slate-700">
        Set a due date for a group, for named people, or for everyone in {org.name}. A new due date replaces an earlier
        one.
      </p>
      <ActionForm
        action={assignAction}
        submitLabel="Assign"
        pendingLabel="Assigning…"
        className={cardClassName({ className: "max-w-xl" })}
      >
        <input type="hidden" name="organisationId" value={org.id} />
        <fieldset className="space-y-2">
          <legend className="font-medium">Who</legend>
          <div className="flex items-center gap-2">
            <input id="t-group" type="radio" name="target" value="group" defaultChecked={groups.length > 0} />
            <label htmlFor="t-group">A group</label>
            <label htmlFor="groupId" className="sr-only">
              Group
            </label>
            <select id="groupId" name="groupId" className="ml-2 rounded-md border border-slate-400 px-2 py-1">
              {groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </select>
          </div>
          <div className="flex items-start gap-2">
            <input id="t-people" type="radio" name="target" value="people" />
            <div className="grow">
              <label htmlFor="t-people">These people</label>
              <label htmlFor="emails" className="sr-only">
                Email addresses
              </label>
              <textarea
                id="emails"
                name="emails"
                rows={3}
                placeholder="one email address per line"
                className="mt-1 w-full rounded-md border border-slate-400 px-2 py-1"
              />
            </div>
          </div>
          <div className="flex items-center gap-2">
            <input id="t-org" type="radio" name="target" value="organisation" defaultChecked={groups.length === 0} />
            <label htmlFor="t-org">Everyone I manage in {org.name}</label>
          </div>
        </fieldset>
        <div>
          <label htmlFor="dueDate" className="block font-medium">
            Due date
          </label>
          <input
            id="dueDate"
            name="dueDate"
            type="date"
            required
            className="mt-1 rounded-md border border-slate-400 px-3 py-2"
          />
        </div>
      </ActionForm>
    </div>
  );
}
