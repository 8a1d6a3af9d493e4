import { ActionForm } from "@/components/action-form";
import { Card, CardTitle } from "@/components/ui/card";
import { calendarDayOf } from "@/lib/dates/calendar-day";
import type { getLearnerRecord } from "@/lib/compliance/learner-record";
import { remindPeopleAction } from "../../reminders/actions";
import { changeDueDateAction, resendWelcomeAction } from "./actions";

type TRecord = NonNullable<Awaited<ReturnType<typeof getLearnerRecord>>>;

/**
 * What a trainer does from a learner's record to get them through: remind them, move their due date, and (while they
 * have never set up their account) send their invitation again. Each answers in words and is audited in lib/.
 */
export function ChaseCard({ record }: { record: TRecord }) {
  if (!record.active)
    return (
      <Card aria-labelledby="chase-title">
        <CardTitle id="chase-title">Reminders and due date</CardTitle>
        <p className="mt-2 text-slate-700">
          This account is deactivated, so they cannot be reminded or given a new date.
        </p>
      </Card>
    );
  const current = record.status === "completed" || record.status === "expiring";
  return (
    <Card aria-labelledby="chase-title" className="space-y-4">
      <CardTitle id="chase-title">Reminders and due date</CardTitle>
      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="remind-title" className="space-y-2">
          <h3 id="remind-title" className="font-semibold">
            Send a reminder
          </h3>
          <p className="text-sm text-slate-700">
            {current
              ? "Their certificate is current, so there is nothing to remind them of."
              : "An email in your name asking them to complete the course, with a link to it. It is listed below under emails."}
          </p>
          {current ? null : (
            <ActionForm action={remindPeopleAction} submitLabel={`Remind ${record.name}`} pendingLabel="Sending…">
              <input type="hidden" name="userId" value={record.id} />
              <input type="hidden" name="org" value={record.organisation.id} />
            </ActionForm>
          )}
        </section>
        <section aria-labelledby="due-title" className="space-y-2">
          <h3 id="due-title" className="font-semibold">
            Change due date
          </h3>
          <ActionForm action={changeDueDateAction} submitLabel="Change due date" pendingLabel="Saving…">
            <input type="hidden" name="userId" value={record.id} />
            <div>
              <label htmlFor="dueDate" className="block text-sm font-medium">
                New due date
              </label>
              <input
                id="dueDate"
                name="dueDate"
                type="date"
                required
                defaultValue={record.enrolment.dueAt ? calendarDayOf(record.enrolment.dueAt) : undefined}
                className="mt-1 rounded-md border border-slate-400 px-3 py-2"
              />
            </div>
            <div className="flex items-center gap-2">
              <input id="tell" name="tell" type="checkbox" defaultChecked />
              <label htmlFor="tell" className="text-sm">
                Email them the new date
              </label>
            </div>
          </ActionForm>
        </section>
        {record.awaitingSetUp && !record.organisation.ssoRequired ? (
          <section aria-labelledby="welcome-title" className="space-y-2 md:col-span-2">
            <h3 id="welcome-title" className="font-semibold">
              Resend invitation
            </h3>
            <p className="text-sm text-slate-700">
              They have not set up their account yet. This sends a new link to choose a password; earlier links stop
              working.
            </p>
            <ActionForm action={resendWelcomeAction} submitLabel="Resend invitation" pendingLabel="Sending…">
              <input type="hidden" name="userId" value={record.id} />
            </ActionForm>
          </section>
        ) : null}
      </div>
    </Card>
  );
}
