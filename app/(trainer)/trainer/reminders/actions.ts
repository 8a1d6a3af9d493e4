"use server";

import { peopleCount } from "@/lib/format/count";
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

function delivered(result: TReminded) {
  after(() => deliverEmails(result.emailIds));
  revalidatePath("/trainer", "layout");
  return { ok: result.sent > 0, message: remindedMessage(result) };
}

/** Says who was reminded, who was not and why, and that the emails wait in the outbox when the site sends none. */
function remindedMessage(r: TReminded): string {
  const parts: string[] = [];
  if (r.sent)
    parts.push(
      emailIsHeld()
        ? `Reminders to ${peopleCount(r.sent)} are waiting in the outbox: this site has no mail server set up.`
        : `Reminder sent to ${peopleCount(r.sent)}.`,
    );
  else parts.push("Nobody was reminded.");
  if (r.recentlyReminded)
    parts.push(
      `${peopleCount(r.recentlyReminded)} already had a reminder from a trainer in the last ${TRAINER_REMINDER_GAP_HOURS} hours, so ${r.recentlyReminded === 1 ? "was" : "were"} not sent another.`,
    );
  if (r.upToDate)
    parts.push(
      `${peopleCount(r.upToDate)} ${r.upToDate === 1 ? "has" : "have"} a current certificate: nothing to remind them of.`,
    );
  return parts.join(" ");
}
