"use server";

import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { z } from "zod";
import { ZRecordId } from "@/lib/actions/ids";
import { changeDueDate } from "@/lib/compliance/due-date";
import { withActor } from "@/lib/edge/action";
import { unwrap } from "@/lib/edge/outcome";
import { deliverEmails, emailIsHeld } from "@/lib/email/send";
import { formatCalendarDay } from "@/lib/format/dates";
import { parseDueDate } from "@/lib/imports/plan";
import { resendWelcome, WELCOME_DAYS } from "@/lib/people/welcome";

const STAFF = ["TRAINER", "ADMIN"] as const;
const HELD = "this site has no mail server set up, so the email is waiting in the outbox";

const ZDueDate = z.object({
  userId: ZRecordId,
  dueDate: z.string().refine((v) => !!parseDueDate(v), "Choose a due date."),
  tell: z.boolean(),
});

/** Changes one learner's due date from their record, telling them by email when ticked. */
export const changeDueDateAction = withActor(
  {
    roles: { only: STAFF, action: "change-due-dates" },
    schema: ZDueDate,
    read: (formData) => ({
      userId: formData.get("userId"),
      dueDate: formData.get("dueDate"),
      tell: formData.get("tell") === "on",
    }),
  },
  async ({ actor, input, course, baseUrl }) => {
    const day = parseDueDate(input.dueDate)!;
    const result = unwrap(
      await changeDueDate(actor, course, { userId: input.userId, dueDate: day, tell: input.tell }, baseUrl),
    );
    if (result.emailId) after(() => deliverEmails([result.emailId!]));
    revalidatePath(`/trainer/learners/${input.userId}`);
    const parts = [
      result.from === result.to
        ? `The due date stays ${formatCalendarDay(result.to)}.`
        : `Due date changed ${result.from ? `from ${formatCalendarDay(result.from)} ` : ""}to ${formatCalendarDay(result.to)}.`,
    ];
    if (result.pastDue)
      parts.push("That date has already passed, so unless their certificate is current they are overdue now.");
    if (result.emailId)
      parts.push(emailIsHeld() ? `They were not emailed yet: ${HELD}.` : "They have been emailed the new date.");
    return { ok: true, message: parts.join(" ") };
  },
);

const ZUserId = z.object({ userId: ZRecordId });

/** Sends a fresh "choose your password" link to someone who has never set up their account. */
export const resendWelcomeAction = withActor(
  {
    roles: { only: STAFF, action: "resend-invitations" },
    schema: ZUserId,
    read: (formData) => ({ userId: formData.get("userId") }),
  },
  async ({ actor, input, course, baseUrl }) => {
    const { emailId, email } = unwrap(await resendWelcome(actor, course, input.userId, baseUrl));
    after(() => deliverEmails([emailId]));
    revalidatePath(`/trainer/learners/${input.userId}`);
    return {
      ok: true,
      message: emailIsHeld()
        ? `New invitation to ${email} made, with a link for ${WELCOME_DAYS} days, but not sent: ${HELD}, where an administrator can copy its link. Earlier links no longer work.`
        : `Invitation sent again to ${email}, with a link for ${WELCOME_DAYS} days. Earlier links no longer work.`,
    };
  },
);
