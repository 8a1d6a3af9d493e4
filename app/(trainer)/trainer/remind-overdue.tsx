import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { remindOverdueAction } from "./reminders/actions";

/**
 * "Remind everyone overdue": the chase a trainer does before a deadline, for the organisation or the group the
 * dashboard is showing. People reminded by a trainer in the last day are skipped (the answer says how many).
 */
export async function RemindOverdue({ overdue, org, group }: { overdue: number; org?: string; group?: string }) {
  if (!overdue) return null;
  const t = await getTranslations("TrainerDashboard");
  return (
    <ActionForm
      action={remindOverdueAction}
      submitLabel={t("remindOverdue", { count: overdue })}
      pendingLabel={t("sendingReminders")}
      className="flex flex-col items-start"
      testId="remind-overdue"
    >
      {org ? <input type="hidden" name="org" value={org} /> : null}
      {group ? <input type="hidden" name="group" value={group} /> : null}
    </ActionForm>
  );
}
