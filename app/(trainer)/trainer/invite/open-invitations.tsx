import { ActionForm } from "@/components/action-form";
import type { TActor } from "@/lib/auth/current-user";
import { roleLabel } from "@/lib/auth/roles";
import { formatDate } from "@/lib/format/dates";
import { listOpenInvitations, type TInvitationStatus } from "@/lib/people/pending-invitations";
import { cancelInvitationAction, resendInvitationAction } from "./actions";
import { Card, CardTitle } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";

const STATUS: Record<TInvitationStatus, string> = { pending: "Waiting", expired: "Expired", cancelled: "Cancelled" };

/** Invitations not yet accepted, with Cancel and Resend: the list is what the actor may manage (lib/people). */
export async function OpenInvitations({ user, organisationId }: { user: TActor; organisationId: string }) {
  const invitations = await listOpenInvitations(user, organisationId);
  return (
    <Card aria-labelledby="open-invitations" className="space-y-3">
      <CardTitle id="open-invitations">Invitations not yet accepted</CardTitle>
      {invitations.length ? (
        <div className="overflow-x-auto">
          <DataTable
            caption="Invitations not yet accepted, from the last 30 days"
            columns={[
              { key: "email", header: "Email", className: "py-1" },
              { key: "name", header: "Name" },
              { key: "role", header: "Role" },
              { key: "invited-by", header: "Invited by" },
              { key: "sent", header: "Sent" },
              { key: "expires", header: "Expires" },
              { key: "status", header: "Status" },
              {
                key: "actions",
                header: <span className="sr-only">Actions</span>,
              },
            ]}
            rowCount={invitations.length}
          >
            {invitations.map((i) => (
              <tr key={i.id} className="border-b border-slate-100 align-top" data-testid="invitation-row">
                <td className="break-all py-2">{i.email}</td>
                <td>{i.name}</td>
                <td>{roleLabel(i.role)}</td>
                <td>{i.invitedBy}</td>
                <td>{formatDate(i.sentAt)}</td>
                <td>{formatDate(i.expiresAt)}</td>
                <td title={i.revokedReason ?? undefined}>{STATUS[i.status]}</td>
                <td className="space-y-2 py-2">
                  {i.status === "cancelled" ? null : (
                    <>
                      <ActionForm
                        action={resendInvitationAction}
                        submitLabel={`Resend to ${i.email}`}
                        pendingLabel="Sending…"
                      >
                        <input type="hidden" name="invitationId" value={i.id} />
                      </ActionForm>
                      <ActionForm
                        action={cancelInvitationAction}
                        submitLabel={`Cancel invitation to ${i.email}`}
                        pendingLabel="Cancelling…"
                        danger
                      >
                        <input type="hidden" name="invitationId" value={i.id} />
                      </ActionForm>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
        </div>
      ) : (
        <p className="text-slate-700">None in the last 30 days.</p>
      )}
    </Card>
  );
}
