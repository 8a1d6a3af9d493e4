import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/action-form";
import { requireRole } from "@/lib/auth/current-user";
import { ROLES, roleLabel } from "@/lib/auth/roles";
import { formatDate } from "@/lib/format/dates";
import { getPerson } from "@/lib/people/directory";
import { EraseForm } from "./erase-form";
import { changeRoleAction, resetSecondFactorAction, sendResetAction, setActiveAction } from "../actions";
import { GroupsCard } from "./groups-card";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

export const metadata: Metadata = { title: "Person" };

export default async function PersonPage({ params }: { params: Promise<{ userId: string }> }) {
  const user = await requireRole("ADMIN");
  const person = await getPerson(user, (await params).userId);
  if (!person) notFound();
  const self = person.id === user.id;
  return (
    <div className="space-y-6">
      <Breadcrumbs
        items={[
          { label: "Administration", href: "/admin" },
          { label: "People", href: "/admin/people" },
          { label: person.name },
        ]}
      />
      <PageHeader title={person.name}>
        <p className="text-slate-700">
          {person.email} · {person.organisation.name} · {roleLabel(person.role)} ·{" "}
          {person.active ? "Active" : "Deactivated"}
        </p>
        <p className="text-sm text-slate-600">
          Joined {formatDate(person.createdAt)} · last signed in{" "}
          {person.lastSignInAt ? formatDate(person.lastSignInAt) : "never"}
          {person.memberships.length ? ` · groups: ${person.memberships.map((m) => m.group.name).join(", ")}` : ""}
        </p>
        <p className="mt-2">
          <Link href={`/trainer/learners/${person.id}`} className="text-brand-700 underline">
            Training record
          </Link>
        </p>
      </PageHeader>
      <GroupsCard person={person} />
      {self ? (
        <p className="rounded-md bg-slate-100 p-3">
          This is your own account: another administrator must change its role or deactivate it.
        </p>
      ) : (
        <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-4">
          <Card aria-labelledby="role-title">
            <h2 id="role-title" className="font-bold">
              Role
            </h2>
            <ActionForm action={changeRoleAction} submitLabel="Change role" className="mt-2">
              <input type="hidden" name="userId" value={person.id} />
              <label htmlFor="role" className="block text-sm font-medium">
                New role
              </label>
              <select
                id="role"
                name="role"
                defaultValue={person.role}
                className="w-full rounded-md border border-slate-400 px-2 py-2"
              >
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {roleLabel(r)}
                  </option>
                ))}
              </select>
            </ActionForm>
          </Card>
          <Card aria-labelledby="access-title">
            <h2 id="access-title" className="font-bold">
              Access
            </h2>
            <p className="mt-1 text-sm text-slate-700">
              {person.active
                ? "Deactivating stops sign-in; all training records are kept."
                : "This account cannot sign in."}
            </p>
            <ActionForm
              action={setActiveAction}
              submitLabel={person.active ? "Deactivate account" : "Reactivate account"}
              danger={person.active}
              className="mt-2"
            >
              <input type="hidden" name="userId" value={person.id} />
              <input type="hidden" name="active" value={person.active ? "false" : "true"} />
            </ActionForm>
          </Card>
          <Card aria-labelledby="reset-title">
            <h2 id="reset-title" className="font-bold">
              Password
            </h2>
            <p className="mt-1 text-sm text-slate-700">Email them a link to choose a new password.</p>
            <ActionForm action={sendResetAction} submitLabel="Send reset link" pendingLabel="Sending…" className="mt-2">
              <input type="hidden" name="userId" value={person.id} />
            </ActionForm>
          </Card>
          <Card aria-labelledby="second-factor-title">
            <h2 id="second-factor-title" className="font-bold">
              Two-step verification
            </h2>
            <p className="mt-1 text-sm text-slate-700" data-testid="person-second-factor">
              {person.totpEnabledAt
                ? `On since ${formatDate(person.totpEnabledAt)}. Reset it if they have lost their phone and their recovery codes: they set it up again at their next sign-in.`
                : "Not set up. Trainers and administrators are asked to set it up at their next sign-in."}
            </p>
            {person.totpEnabledAt ? (
              <ActionForm
                action={resetSecondFactorAction}
                submitLabel="Reset two-step verification"
                pendingLabel="Resetting…"
                danger
                className="mt-2"
              >
                <input type="hidden" name="userId" value={person.id} />
              </ActionForm>
            ) : null}
          </Card>
        </div>
      )}
      {self ? null : <EraseForm userId={person.id} />}
    </div>
  );
}
