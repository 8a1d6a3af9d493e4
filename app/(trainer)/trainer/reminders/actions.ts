"use server";

import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { z } from "zod";
import { ZRecordId, ZRecordIdOrEmpty } from "@/lib/actions/ids";
import { withActor } from "@/lib/edge/action";
import { unwrap } from "@/lib/edge/outcome";
import { deliverEmails, emailIsHeld } from "@/lib/email/send";
import { sendTrainerReminders, TRAINER_REMINDER_GAP_HOURS, type TReminded } from "@/lib/reminders/manual";

const STAFF = ["TRAINER", "ADMIN"] as const;

const ZRemindPeople = z.object({ org: ZRecordIdOrEmpty.optional(), userId: z.array(ZRecordId).max(2000) });

/** Reminds the people ticked on the dashboard (or the one person on their record). */
export const remindPeopleAction = withActor(
  {
    roles: { only: STAFF, action: "send-reminders" },
    schema: ZRemindPeople,
    read: (formData) => ({ org: formData.get("org") || undefined, userId: formData.getAll("userId") }),
  },
  async ({ actor, input, course, baseUrl }) => {
    const result = unwrap(
      await sendTrainerReminders(
        actor,
        course,
        { organisationId: input.org, target: { kind: "people", userIds: input.userId } },
        baseUrl,
      ),
    );
    return delivered(result);
  },
);

const ZRemindOverdue = z.object({ org: ZRecordIdOrEmpty.optional(), group: ZRecordIdOrEmpty.optional() });

/** Reminds everyone overdue in the organisation (or the group the dashboard is showing). */
export const remindOverdueAction = withActor(
  {
    roles: { only: STAFF, action: "send-reminders" },
    schema: ZRemindOverdue,
    read: (formData) => ({ org: formData.get("org") || undefined, group: formData.get("group") || undefined }),
  },
  async ({ actor, input, course, baseUrl }) => {
    const result = unwrap(
      await sendTrainerReminders(
        actor,
        course,
        { organisationId: input.org, target: { kind: "overdue", groupId: input.group || undefined } },
        baseUrl,
      ),
    );
    return delivered(result);
  },
);

async function delivered(result: TReminded) {
  after(() => deliverEmails(result.emailIds));
  revalidatePath("/trainer", "layout");
  return { ok: result.sent > 0, message: remindedMessage(result, await getTranslations("TrainerMessages")) };
}

/** Says who was reminded, who was not and why, and that the emails wait in the outbox when the site sends none. */
function remindedMessage(r: TReminded, t: (key: string, values?: Record<string, number | string>) => string): string {
  const parts: string[] = [];
  if (r.sent) {
    const people = t("people", { count: r.sent });
    parts.push(emailIsHeld() ? t("remindersHeld", { people }) : t("reminderSent", { people }));
  } else parts.push(t("nobodyReminded"));
  if (r.recentlyReminded)
    parts.push(t("recentlyReminded", { count: r.recentlyReminded, hours: TRAINER_REMINDER_GAP_HOURS }));
  if (r.upToDate) parts.push(t("upToDate", { count: r.upToDate }));
  return parts.join(" ");
}
