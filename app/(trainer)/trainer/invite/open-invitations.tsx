import { getLocale, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import type { TActor } from "@/lib/auth/current-user";
import { formatDate } from "@/lib/format/dates";
import { listOpenInvitations, type TInvitationStatus } from "@/lib/people/pending-invitations";
import { cancelInvitationAction, resendInvitationAction } from "./actions";
import { Card, CardTitle } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";

const STATUS: Record<TInvitationStatus, "waiting" | "expired" | "cancelled"> = {
  pending: "waiting",
  expired: "expired",
  cancelled: "cancelled",
};

/** Invitations not yet accepted, with Cancel and Resend: the list is what the actor may manage (lib/people). */
export async function OpenInvitations({ user, organisationId }: { user: TActor; organisationId: string }) {
  const [invitations, t, roles, locale] = await Promise.all([
    listOpenInvitations(user, organisationId),
    getTranslations("TrainerInvite"),
    getTranslations("Roles"),
    getLocale(),
  ]);
  return (
    <Card aria-labelledby="open-invitations" className="space-y-3">
      <CardTitle id="open-invitations">{t("openTitle")}</CardTitle>
      {invitations.length ? (
        <div className="overflow-x-auto">
          <DataTable
            caption={t("openCaption")}
            columns={[
              { key: "email", header: t("email"), className: "py-1" },
              { key: "name", header: t("name") },
              { key: "role", header: t("role") },
              { key: "invited-by", header: t("invitedBy") },
              { key: "sent", header: t("sent") },
              { key: "expires", header: t("expires") },
              { key: "status", header: t("status") },
              {
                key: "actions",
                header: <span className="sr-only">{t("actions")}</span>,
              },
            ]}
            rowCount={invitations.length}
          >
            {invitations.map((i) => (
              <tr key={i.id} className="border-b border-slate-100 align-top" data-testid="invitation-row">
                <td className="break-all py-2">{i.email}</td>
                <td>{i.name}</td>
                <td>{roles(i.role)}</td>
                <td>{i.invitedBy}</td>
                <td>{formatDate(i.sentAt, { locale })}</td>
                <td>{formatDate(i.expiresAt, { locale })}</td>
                <td title={i.revokedReason ?? undefined}>{t(STATUS[i.status])}</td>
                <td className="space-y-2 py-2">
                  {i.status === "cancelled" ? null : (
                    <>
                      <ActionForm
                        action={resendInvitationAction}
                        submitLabel={t("resendTo", { email: i.email })}
                        pendingLabel={t("sending")}
                      >
                        <input type="hidden" name="invitationId" value={i.id} />
                      </ActionForm>
                      <ActionForm
                        action={cancelInvitationAction}
                        submitLabel={t("cancelTo", { email: i.email })}
                        pendingLabel={t("cancelling")}
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
        <p className="text-slate-700">{t("none")}</p>
      )}
    </Card>
  );
}
