import { ActionForm } from "@/components/action-form";
import { remindOverdueAction } from "./reminders/actions";

/**
 * "Remind everyone overdue": the chase a trainer does before a deadline, for the organisation or the group the
 * dashboard is showing. People reminded by a trainer in the last day are skipped (the answer says how many).
 */
export function RemindOverdue({ overdue, org, group }: { overdue: number; org?: string; group?: string }) {
  if (!overdue) return null;
  return (
    <ActionForm
      action={remindOverdueAction}
      submitLabel={`Send a reminder to everyone overdue (${overdue})`}
      pendingLabel="Sending reminders…"
      className="flex flex-col items-start"
      testId="remind-overdue"
    >
      {org ? <input type="hidden" name="org" value={org} /> : null}
      {group ? <input type="hidden" name="group" value={group} /> : null}
    </ActionForm>
  );
}
