import { getTranslations } from "next-intl/server";
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
export async function ChaseCard({ record }: { record: TRecord }) {
  const t = await getTranslations("TrainerLearner");
  if (!record.active)
    return (
      <Card aria-labelledby="chase-title">
        <CardTitle id="chase-title">{t("chaseTitle")}</CardTitle>
        <p className="mt-2 text-slate-700">{t("deactivatedChase")}</p>
      </Card>
    );
  const current = record.status === "completed" || record.status === "expiring";
  return (
    <Card aria-labelledby="chase-title" className="space-y-4">
      <CardTitle id="chase-title">{t("chaseTitle")}</CardTitle>
      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="remind-title" className="space-y-2">
          <h3 id="remind-title" className="font-semibold">
            {t("sendReminder")}
          </h3>
          <p className="text-sm text-slate-700">{current ? t("certificateCurrent") : t("reminderExplained")}</p>
          {current ? null : (
            <ActionForm
              action={remindPeopleAction}
              submitLabel={t("remind", { name: record.name })}
              pendingLabel={t("sending")}
            >
              <input type="hidden" name="userId" value={record.id} />
              <input type="hidden" name="org" value={record.organisation.id} />
            </ActionForm>
          )}
        </section>
        <section aria-labelledby="due-title" className="space-y-2">
          <h3 id="due-title" className="font-semibold">
            {t("changeDueDate")}
          </h3>
          <ActionForm action={changeDueDateAction} submitLabel={t("changeDueDate")} pendingLabel={t("saving")}>
            <input type="hidden" name="userId" value={record.id} />
            <div>
              <label htmlFor="dueDate" className="block text-sm font-medium">
                {t("newDueDate")}
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
                {t("tellThem")}
              </label>
            </div>
          </ActionForm>
        </section>
        {record.awaitingSetUp && !record.organisation.ssoRequired ? (
          <section aria-labelledby="welcome-title" className="space-y-2 md:col-span-2">
            <h3 id="welcome-title" className="font-semibold">
              {t("resendInvitation")}
            </h3>
            <p className="text-sm text-slate-700">{t("resendExplained")}</p>
            <ActionForm action={resendWelcomeAction} submitLabel={t("resendInvitation")} pendingLabel={t("sending")}>
              <input type="hidden" name="userId" value={record.id} />
            </ActionForm>
          </section>
        ) : null}
      </div>
    </Card>
  );
}
